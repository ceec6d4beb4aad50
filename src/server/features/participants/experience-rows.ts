import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { type DataKey, decryptField, encryptField } from '../../lib/crypto.ts';
import { loadDataKey, loadDataKeys } from '../keys/load-data-key.ts';
import { currentExperienceConsents, readChoices } from './experience-consent.ts';
import type { Participant } from './get-participant-for-actor.ts';
import { participantExperiences, programExperiences } from './tables.ts';

export type ParticipantExperienceRow = typeof participantExperiences.$inferSelect;

const bindingOf = (rowId: string) => ({ table: 'participant_experiences', column: 'experience', rowId });

/** Seals which vocabulary entry a row is, with the participant's key, bound to the row. */
export async function sealExperience(db: Db | Tx, ctx: Ctx, participant: Participant, rowId: string, id: string) {
  return sealExperienceWith(await loadDataKey(db, ctx, participant.dataKeyId), rowId, id);
}

/** The same, with the participant's key already in hand (bulk writes). */
export function sealExperienceWith(key: DataKey, rowId: string, id: string) {
  return encryptField(key, bindingOf(rowId), id);
}

/**
 * Which vocabulary entries each of many participants holds (not removed), for bulk callers that
 * only need to skip what is held: one read of the rows and one of the keys, however many people.
 */
export async function heldExperienceIds(
  db: Db | Tx,
  ctx: Ctx,
  people: { id: string; dataKeyId: string }[],
): Promise<Map<string, Set<string>>> {
  const held = new Map<string, Set<string>>(people.map((p) => [p.id, new Set<string>()]));
  const keyOf = new Map(people.map((p) => [p.id, p.dataKeyId]));
  for (let i = 0; i < people.length; i += 1000) {
    const ids = people.slice(i, i + 1000).map((p) => p.id);
    const rows = await db
      .select({
        id: participantExperiences.id,
        participantId: participantExperiences.participantId,
        experience: participantExperiences.experience,
      })
      .from(participantExperiences)
      .where(and(inArray(participantExperiences.participantId, ids), isNull(participantExperiences.removedAt)));
    if (rows.length === 0) continue;
    const keys = await loadDataKeys(db, ctx, [...new Set(rows.map((r) => keyOf.get(r.participantId) ?? ''))]);
    for (const row of rows) {
      const key = keys.get(keyOf.get(row.participantId) ?? '');
      if (!key) throw new Error(`no data key for participant ${row.participantId}`);
      held.get(row.participantId)?.add(decryptField(key, bindingOf(row.id), row.experience));
    }
  }
  return held;
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
