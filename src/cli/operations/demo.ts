import { generateRandomString, hashPassword } from 'better-auth/crypto';
import { inArray, like } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../server/context.ts';
import { AppError } from '../../server/errors.ts';
import { resendGuardianLink } from '../../server/features/guardians/resend-guardian-link.ts';
import { user } from '../../server/features/identity/tables.ts';
import { programs } from '../../server/features/organizations/tables.ts';
import { type DemoStaffLogin, loadOrganizationWithStaff, loadParticipants } from '../demo/load-demo.ts';
import { loadMatchStory } from '../demo/load-match-story.ts';
import {
  actorFor,
  guardianEmailOf,
  loadParticipantRecord,
  type PlannedParticipant,
} from '../demo/load-participant-records.ts';
import { STORY_DAYS } from '../demo/match-story.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_SLUGS, demoOrganizations } from '../demo/organizations.ts';
import { type DemoStatus, planFor } from '../demo/participant-plans.ts';
import { castDemo, DEMO_SEED } from '../demo/people.ts';
import { prepareProgram } from '../demo/prepare-program.ts';
import { type SharedExperience, sharedExperiences } from '../demo/shared-experiences.ts';
import { storyClock } from '../demo/story-clock.ts';
import type { Operation } from './registry.ts';

export interface DemoProgramSummary {
  organization: string;
  timeZone: string;
  slug: string;
  name: string;
  mentors: number;
  mentees: number;
  sharedExperiences: SharedExperience[];
  exampleMentor: string;
  exampleMentee: string;
  /** How many participants are in each status. */
  statuses: Partial<Record<DemoStatus, number>>;
  /** Guardians' addresses: those who consented (they sign in with the demo password) and those awaited. */
  guardians: { confirmed: string[]; awaiting: string[] };
  /** The mentor whose background check runs out within days. */
  screeningExpiring: string;
  /** Participants whose experiences staff may not see. */
  privateExperiences: number;
  /** Matches running with weeks of meetings behind them (none when the program is not running). */
  activeMatches: number;
  /** The pair whose schedule shows the most: held and cancelled meetings, a proposal, commitments. */
  schedulePair: { mentor: string; mentee: string } | null;
}

export interface DemoSummary {
  url: string;
  password: string;
  /** Email of the demo admin made instance admin, or null when the instance already had one. */
  instanceAdmin: string | null;
  programs: DemoProgramSummary[];
  staff: DemoStaffLogin[];
}

// Small transactions, so an embedded server answering requests meanwhile is never held up long.
const PARTICIPANTS_PER_BATCH = 10;

async function assertNoDemo(ctx: Ctx): Promise<void> {
  const { db } = ctx.database;
  const [program] = await db.select({ slug: programs.slug }).from(programs).where(inArray(programs.slug, DEMO_SLUGS));
  const [account] = await db
    .select({ email: user.email })
    .from(user)
    .where(like(user.email, `%@${DEMO_EMAIL_DOMAIN}`))
    .limit(1);
  if (program || account) {
    throw new AppError(
      'DEMO_EXISTS',
      `The demo is already loaded here (${program ? `program "${program.slug}"` : `account ${account?.email}`} exists). ` +
        'Use a fresh data folder (--data) or database for another demo.',
    );
  }
}

const input = z.object({});
const DAY = 86_400_000;

/**
 * `trellis demo`: two organizations, each with one program, its staff (TOTP on) and 15 mentors
 * and 45 mentees, all sharing one password made for this run. Every participant is made through
 * the product's own steps (see load-participant-records.ts), so each status, minors with and
 * without a guardian's consent, private experiences and an expiring screening are all on show.
 * The programs were set up some seven weeks ago (the clock is set back, see story-clock.ts), and
 * four pairs per program have met weekly since (match-story.ts); guardians still awaited get a
 * fresh link today. Refuses to load a second time.
 * Its accounts end the setup page (setup needs an empty instance), so on an instance without an
 * instance admin the Riverside admin becomes one; where there is one, nobody is promoted.
 */
export const demoOperation: Operation<typeof input> = {
  input,
  async run(ctx): Promise<DemoSummary> {
    await assertNoDemo(ctx);
    const password = generateRandomString(16, 'a-z', '0-9').replace(/(.{4})(?=.)/g, '$1-');
    const passwordHash = await hashPassword(password);
    const casts = castDemo(demoOrganizations);
    const today = ctx.clock.now();
    const clock = storyClock(today);
    const story: Ctx = { ...ctx, clock };
    const summary: DemoSummary = { url: ctx.config.baseUrl, password, instanceAdmin: null, programs: [], staff: [] };
    for (const [index, org] of demoOrganizations.entries()) {
      const cast = casts[index];
      if (!cast) throw new Error('a demo organization without people');
      clock.set(new Date(today.getTime() - (STORY_DAYS + 5) * DAY));
      const loaded = await ctx.database.db.transaction((tx) =>
        loadOrganizationWithStaff(tx, story, org, cast, passwordHash, { mayBecomeInstanceAdmin: index === 0, today }),
      );
      if (loaded.isInstanceAdmin) summary.instanceAdmin = cast.admin.email;
      summary.staff.push(...loaded.staff);
      const where = { organizationId: loaded.organizationId, programId: loaded.programId };
      const coordinator = { ...cast.coordinator, userId: loaded.coordinatorUserId };
      const setup = await ctx.database.db.transaction(async (tx) => {
        const actor = await actorFor(tx, coordinator.userId, coordinator);
        const prepared = await prepareProgram(tx, story, actor, loaded.programId, org);
        return { ...prepared, coordinator: actor, guardianPassword: password, today };
      });
      const age = setup.guardianConsentAge;
      const participants = [
        ...cast.mentors.map((p, i) => ({ ...p, role: 'mentor' as const, plan: planFor('mentor', i, age) })),
        ...cast.mentees.map((p, i) => ({ ...p, role: 'mentee' as const, plan: planFor('mentee', i, age) })),
      ];
      const loadedPeople: (PlannedParticipant & { participantId: string })[] = [];
      for (let start = 0; start < participants.length; start += PARTICIPANTS_PER_BATCH) {
        const batch = participants.slice(start, start + PARTICIPANTS_PER_BATCH);
        await ctx.database.db.transaction(async (tx) => {
          const ids = await loadParticipants(tx, story, where, batch, passwordHash);
          for (const [i, person] of batch.entries()) {
            const userId = ids[i] as string;
            const participantId = await loadParticipantRecord(tx, story, setup, { ...person, userId });
            loadedPeople.push({ ...person, userId, participantId });
          }
        });
      }
      const pairs = await loadMatchStory(story, clock, {
        org,
        programId: loaded.programId,
        participants: loadedPeople,
        today,
        seed: DEMO_SEED + index,
      });
      clock.set(today);
      await ctx.database.db.transaction(async (tx) => {
        for (const child of loadedPeople.filter((p) => p.plan.guardian === 'awaiting')) {
          const email = guardianEmailOf(child);
          await resendGuardianLink(tx, story, setup.coordinator, child.participantId, { email, language: 'en' });
        }
      });
      const matched = new Set(pairs.flatMap((p) => [p.mentor.participantId, p.mentee.participantId]));
      const statuses: Partial<Record<DemoStatus, number>> = {};
      for (const { plan, participantId } of loadedPeople) {
        const status = matched.has(participantId) ? 'active' : plan.status;
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
      const showcase = pairs.find((p) => p.role === 'showcase');
      const guardianOf = (kind: 'confirmed' | 'awaiting') =>
        participants.filter((p) => p.plan.guardian === kind).map(guardianEmailOf);
      summary.programs.push({
        organization: org.name,
        timeZone: org.timeZone,
        slug: org.program.slug,
        name: org.program.name,
        mentors: cast.mentors.length,
        mentees: cast.mentees.length,
        sharedExperiences: sharedExperiences(cast.mentors, cast.mentees),
        exampleMentor: cast.mentors[0]?.email ?? '',
        exampleMentee: cast.mentees[0]?.email ?? '',
        statuses,
        guardians: { confirmed: guardianOf('confirmed'), awaiting: guardianOf('awaiting') },
        screeningExpiring: participants.find((p) => p.plan.isScreeningExpiring)?.email ?? '',
        privateExperiences: participants.filter((p) => p.plan.isPrivate && p.plan.guardian !== 'awaiting').length,
        activeMatches: pairs.length,
        schedulePair: showcase ? { mentor: showcase.mentor.email, mentee: showcase.mentee.email } : null,
      });
    }
    return summary;
  },
};
