import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../server/context.ts';
import type { Db, Tx } from '../../server/db/database.ts';
import { acknowledgeAgreement } from '../../server/features/agreements/acknowledge-agreement.ts';
import { findCurrentAgreementVersion } from '../../server/features/agreements/find-current-agreement-version.ts';
import { giveGuardianConsent } from '../../server/features/guardians/give-guardian-consent.ts';
import { type Actor, loadActor } from '../../server/features/identity/actor.ts';
import { mailOutbox } from '../../server/features/mail/tables.ts';
import { enrolParticipant } from '../../server/features/participants/enrol-participant.ts';
import { addParticipantExperience } from '../../server/features/participants/experience-add.ts';
import { transitionParticipant } from '../../server/features/participants/transition-participant.ts';
import { recordScreeningCheck } from '../../server/features/screening/record-screening-check.ts';
import { submitTrainingAttempt } from '../../server/features/training/submit-training-attempt.ts';
import { birthDateFor, movesTo, type ParticipantPlan } from './participant-plans.ts';
import type { DemoParticipant } from './people.ts';
import type { ProgramSetup } from './prepare-program.ts';

export interface PlannedParticipant extends DemoParticipant {
  role: 'mentor' | 'mentee';
  userId: string;
  plan: ParticipantPlan;
}

export const actorFor = (tx: Tx, userId: string, person: { name: string; email: string }) =>
  loadActor(tx as unknown as Db, {
    userId,
    name: person.name,
    email: person.email,
    emailVerified: true,
    twoFactorEnabled: false,
    locale: 'en',
  });

const isoDay = (date: Date, plusDays = 0) =>
  new Date(date.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);

/** A parent's address next to the child's, so the demo's guardians are easy to find. */
export const guardianEmailOf = (child: DemoParticipant) => child.email.replace('@', '.guardian@');

/**
 * One demo participant, the way the product makes them: the coordinator enrols them (which holds a
 * minor for a guardian and emails the link), the guardian consents through that link, the person
 * adds their experiences with their own choices, then staff move them on, with the screening,
 * training and agreement each step asks for. Screening dates count from `setup.today` (the real
 * date), ages from the clock (the day they enrolled), so both stay true on the day the demo is read.
 */
export async function loadParticipantRecord(
  tx: Tx,
  ctx: Ctx,
  setup: ProgramSetup & { coordinator: Actor; programId: string; guardianPassword: string; today: Date },
  person: PlannedParticipant,
): Promise<string> {
  const { plan, role } = person;
  const { today } = setup;
  const profile = setup.profileFor(person);
  const participant = await enrolParticipant(tx, ctx, setup.coordinator, setup.programId, {
    ...profile,
    role,
    userId: person.userId,
    birthDate: birthDateFor(ctx.clock.now(), plan.age),
    ...(plan.guardian ? { guardianEmails: [guardianEmailOf(person)], language: 'en' as const } : {}),
  });
  if (plan.guardian === 'awaiting') return participant.id;
  if (plan.guardian === 'confirmed') {
    await giveGuardianConsent(tx, ctx, null, {
      token: await guardianToken(tx, guardianEmailOf(person)),
      language: 'en',
      account: { name: `Parent of ${person.name}`, password: setup.guardianPassword },
    });
  }
  const self = await actorFor(tx, person.userId, person);
  for (const experienceId of setup.experienceIdsFor(person.experiences)) {
    await addParticipantExperience(tx, ctx, self, {
      participantId: participant.id,
      experienceId,
      language: 'en',
      choices: {
        useForMatching: true,
        showToMatch: !plan.isPrivate,
        showToMenteesChoosing: role === 'mentor' && !plan.isPrivate,
        showToStaff: !plan.isPrivate,
      },
    });
  }
  for (const to of movesTo(role, plan.status)) {
    if (to === 'training' && role === 'mentor') {
      await recordScreeningCheck(tx, ctx, setup.coordinator, participant.id, {
        kind: 'background_check',
        checkedOn: isoDay(today, -350),
        outcome: 'passed',
        expiresOn: isoDay(today, plan.isScreeningExpiring ? 10 : 700),
      });
    }
    if (to === 'ready') await completeTrainingAndAgreement(tx, ctx, setup, self, participant.id);
    await transitionParticipant(tx, ctx, setup.coordinator, participant.id, { to });
  }
  return participant.id;
}

async function completeTrainingAndAgreement(tx: Tx, ctx: Ctx, setup: ProgramSetup, self: Actor, participantId: string) {
  for (const { moduleId, answers } of setup.answerKeys) {
    await submitTrainingAttempt(tx, ctx, self, { participantId, moduleId, answers });
  }
  const agreement = await findCurrentAgreementVersion(tx, setup.programId);
  if (agreement)
    await acknowledgeAgreement(tx, ctx, self, { participantId, version: agreement.version, language: 'en' });
}

/** The link in the guardian's email, as the guardian would follow it. */
async function guardianToken(tx: Tx, email: string): Promise<string> {
  const [mail] = await tx
    .select({ text: mailOutbox.textBody })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, email), eq(mailOutbox.template, 'guardianConsent')))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  const token = mail?.text.match(/\/guardian\/([^?\s]+)/)?.[1];
  if (!token) throw new Error(`no guardian link mailed to ${email}`);
  return token;
}
