import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import type { Actor } from '../identity/actor.ts';
import type { Participant } from './get-participant-for-actor.ts';
import { consents } from './tables.ts';

/** The version of the consent text participants read before choosing; a new text gets a new version. */
export const EXPERIENCE_CONSENT_TEXT_VERSION = '2026-11';

export interface ExperienceChoices {
  useForMatching: boolean;
  showToMatch: boolean;
  /** Mentors only: mentees choosing a mentor never see a mentee's experiences. */
  showToMenteesChoosing: boolean;
  showToStaff: boolean;
}

export type Consent = typeof consents.$inferSelect;

/** What was chosen, with the mentors-only choice forced off for mentees. */
export function choicesFor(participant: Participant, choices: ExperienceChoices): ExperienceChoices {
  return { ...choices, showToMenteesChoosing: participant.role === 'mentor' && choices.showToMenteesChoosing };
}

/** Reads the stored choices; anything missing counts as "no". */
export function readChoices(consent: Consent | undefined): ExperienceChoices {
  const c = consent?.choices ?? {};
  return {
    useForMatching: c.useForMatching === true,
    showToMatch: c.showToMatch === true,
    showToMenteesChoosing: c.showToMenteesChoosing === true,
    showToStaff: c.showToStaff === true,
  };
}

/** A new consent record: choices are never edited in place, so the history stays. */
export async function recordExperienceConsent(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  input: { participant: Participant; experienceRowId: string; choices: ExperienceChoices; language: string },
): Promise<Consent> {
  const [consent] = await tx
    .insert(consents)
    .values({
      id: newId(),
      participantId: input.participant.id,
      subjectType: 'experience',
      subjectId: input.experienceRowId,
      choices: { ...choicesFor(input.participant, input.choices) },
      textVersion: EXPERIENCE_CONSENT_TEXT_VERSION,
      language: input.language,
      givenBy: actor.userId,
      givenAt: ctx.clock.now(),
    })
    .returning();
  if (!consent) throw new Error('insert returned nothing');
  return consent;
}

/** Every consent record of these experience rows, oldest first. */
export async function listExperienceConsents(db: Db | Tx, participantId: string, rowIds: string[]) {
  if (rowIds.length === 0) return [];
  return db
    .select()
    .from(consents)
    .where(
      and(
        eq(consents.participantId, participantId),
        eq(consents.subjectType, 'experience'),
        inArray(consents.subjectId, rowIds),
      ),
    )
    .orderBy(asc(consents.givenAt), asc(consents.id));
}

/**
 * The current consent of each experience row: its latest record. A withdrawn latest record means
 * no consent (the row is unused and unshown) until the participant consents again.
 */
export async function currentExperienceConsents(
  db: Db | Tx,
  participantId: string,
  rowIds: string[],
): Promise<Map<string, Consent>> {
  const current = new Map<string, Consent>();
  for (const consent of await listExperienceConsents(db, participantId, rowIds)) {
    if (consent.subjectId) current.set(consent.subjectId, consent);
  }
  return current;
}
