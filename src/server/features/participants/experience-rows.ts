import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { decryptField, encryptField } from '../../lib/crypto.ts';
import { loadDataKey } from '../keys/load-data-key.ts';
import { currentExperienceConsents, readChoices } from './experience-consent.ts';
import type { Participant } from './get-participant-for-actor.ts';
import { participantExperiences, programExperiences } from './tables.ts';

export type ParticipantExperienceRow = typeof participantExperiences.$inferSelect;

const bindingOf = (rowId: string) => ({ table: 'participant_experiences', column: 'experience', rowId });

/** Seals which vocabulary entry a row is, with the participant's key, bound to the row. */
export async function sealExperience(db: Db | Tx, ctx: Ctx, participant: Participant, rowId: string, id: string) {
  return encryptField(await loadDataKey(db, ctx, participant.dataKeyId), bindingOf(rowId), id);
}

/**
 * A participant's experiences (not removed), opened: which vocabulary entry, its label, whether it
 * is confirmed, and the current consent. Opening happens here only, for callers that decided the
 * reader may learn it.
 */
export async function openParticipantExperiences(db: Db | Tx, ctx: Ctx, participant: Participant) {
  const rows = await db
    .select()
    .from(participantExperiences)
    .where(and(eq(participantExperiences.participantId, participant.id), isNull(participantExperiences.removedAt)))
    .orderBy(asc(participantExperiences.createdAt), asc(participantExperiences.id));
  if (rows.length === 0) return [];
  const key = await loadDataKey(db, ctx, participant.dataKeyId);
  const labels = new Map(
    (
      await db
        .select({ id: programExperiences.id, label: programExperiences.label })
        .from(programExperiences)
        .where(eq(programExperiences.programId, participant.programId))
    ).map((e) => [e.id, e.label]),
  );
  const consents = await currentExperienceConsents(
    db,
    participant.id,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const experienceId = decryptField(key, bindingOf(row.id), row.experience);
    const consent = consents.get(row.id);
    const isConsented = consent !== undefined && consent.withdrawnAt === null;
    return {
      row,
      experienceId,
      label: labels.get(experienceId) ?? '',
      isConfirmed: row.confirmedAt !== null,
      consent: consent ?? null,
      choices: isConsented ? readChoices(consent) : readChoices(undefined),
    };
  });
}

export type OpenedExperience = Awaited<ReturnType<typeof openParticipantExperiences>>[number];

/** One of the participant's rows (not removed), or 404. */
export async function findExperienceRow(db: Db | Tx, participantId: string, rowId: string) {
  const [row] = await db
    .select()
    .from(participantExperiences)
    .where(
      and(
        eq(participantExperiences.id, rowId),
        eq(participantExperiences.participantId, participantId),
        isNull(participantExperiences.removedAt),
      ),
    );
  if (!row) throw new AppError('EXPERIENCE_NOT_FOUND', 'There is no such experience.');
  return row;
}
