import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { type ExperienceChoices, listExperienceConsents } from './experience-consent.ts';
import { type OpenedExperience, openParticipantExperiences } from './experience-rows.ts';
import { getParticipantForActor, type Participant } from './get-participant-for-actor.ts';
import { participants } from './tables.ts';

/** Who may be shown an experience, each by its own consent choice. */
export type ExperienceAudience = 'staff' | 'match' | 'mentees_choosing';
const choiceFor: Record<ExperienceAudience, keyof ExperienceChoices> = {
  staff: 'showToStaff',
  match: 'showToMatch',
  mentees_choosing: 'showToMenteesChoosing',
};

/** Confirmed and under a live consent: everything else is unused and unshown. */
const isLive = (e: OpenedExperience) => e.isConfirmed && e.consent !== null && e.consent.withdrawnAt === null;

/** The participant's own experiences with current choices and the full consent history of each. */
export async function listOwnExperiences(db: Db | Tx, ctx: Ctx, actor: Actor, participantId: string) {
  const participant = await getParticipantForActor(db, actor, participantId, 'self');
  const opened = await openParticipantExperiences(db, ctx, participant);
  const history = await listExperienceConsents(
    db,
    participant.id,
    opened.map((e) => e.row.id),
  );
  return opened.map((e) => ({ ...e, history: history.filter((c) => c.subjectId === e.row.id) }));
}

/**
 * What program staff see: each live experience, named only where its consent says "show to
 * program staff", otherwise only that one exists. Reading someone else's confidential profile is
 * audited (ARCHITECTURE.md "Audit").
 */
export async function listExperiencesForStaff(tx: Tx, ctx: Ctx, actor: Actor, participantId: string) {
  const participant = await getParticipantForActor(tx, actor, participantId, 'staff');
  const visible = (await openParticipantExperiences(tx, ctx, participant)).filter(isLive);
  await appendAuditEvent(tx, ctx, {
    organizationId: participant.organizationId,
    actor: { userId: actor.userId },
    action: 'participant.experiences_read',
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { programId: participant.programId },
  });
  return visible.map((e) => ({
    id: e.row.id,
    label: e.choices.showToStaff ? e.label : null,
  }));
}

async function participantById(db: Db | Tx, participantId: string): Promise<Participant | undefined> {
  const [participant] = await db.select().from(participants).where(eq(participants.id, participantId));
  return participant;
}

/**
 * For matching (a later issue): labels of confirmed experiences whose live consent allows use for
 * matching. The caller has authorised the run; the labels never leave the server from here.
 */
export async function listMatchableExperiences(db: Db | Tx, ctx: Ctx, participantId: string) {
  const participant = await participantById(db, participantId);
  if (!participant) return [];
  return (await openParticipantExperiences(db, ctx, participant))
    .filter((e) => isLive(e) && e.choices.useForMatching)
    .map((e) => ({ experienceId: e.experienceId, label: e.label }));
}

/**
 * Labels a given audience may be shown (the match, mentees choosing a mentor, staff). The caller
 * decides that the reader belongs to the audience and audits the read where it must.
 */
export async function listExperiencesVisibleTo(
  db: Db | Tx,
  ctx: Ctx,
  participantId: string,
  audience: ExperienceAudience,
) {
  const participant = await participantById(db, participantId);
  if (!participant) return [];
  if (audience === 'mentees_choosing' && participant.role !== 'mentor') return [];
  return (await openParticipantExperiences(db, ctx, participant))
    .filter((e) => isLive(e) && e.choices[choiceFor[audience]])
    .map((e) => ({ experienceId: e.experienceId, label: e.label }));
}
