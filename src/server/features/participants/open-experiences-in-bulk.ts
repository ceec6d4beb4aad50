import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { decryptField } from '../../lib/crypto.ts';
import { loadDataKeysNotErased } from '../keys/load-data-key.ts';
import { type ExperienceChoices, readChoices } from './experience-consent.ts';
import { consents, participantExperiences, participants, programExperiences } from './tables.ts';

export interface OpenedExperienceRow {
  rowId: string;
  participantId: string;
  /** The vocabulary entry. */
  experienceId: string;
  isConfirmed: boolean;
  /** The choices of the current consent; all "no" without one or after withdrawal. */
  choices: ExperienceChoices;
}

const CHUNK = 1000;

/**
 * Opens the experience rows (not removed) of many participants, or the named rows, with each
 * row's current consent: one read of rows, consents and keys per thousand, however many people.
 * For callers that decided what the reader may learn from them (matching, mentee choice).
 */
export async function openExperiencesInBulk(
  db: Db | Tx,
  ctx: Ctx,
  select: { participantIds: string[] } | { rowIds: string[] },
): Promise<OpenedExperienceRow[]> {
  const ids = 'participantIds' in select ? select.participantIds : select.rowIds;
  const column = 'participantIds' in select ? participantExperiences.participantId : participantExperiences.id;
  const opened: OpenedExperienceRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select({
        id: participantExperiences.id,
        participantId: participantExperiences.participantId,
        experience: participantExperiences.experience,
        confirmedAt: participantExperiences.confirmedAt,
        dataKeyId: participants.dataKeyId,
      })
      .from(participantExperiences)
      .innerJoin(participants, eq(participants.id, participantExperiences.participantId))
      .where(and(inArray(column, ids.slice(i, i + CHUNK)), isNull(participantExperiences.removedAt)))
      .orderBy(asc(participantExperiences.createdAt), asc(participantExperiences.id));
    if (rows.length === 0) continue;
    const current = await currentConsentsOf(
      db,
      rows.map((r) => r.id),
    );
    const keys = await loadDataKeysNotErased(db, ctx, [...new Set(rows.map((r) => r.dataKeyId))]);
    for (const row of rows) {
      const key = keys.get(row.dataKeyId);
      // A destroyed key means the participant was erased: nothing of theirs can be opened.
      if (!key) continue;
      const consent = current.get(row.id);
      opened.push({
        rowId: row.id,
        participantId: row.participantId,
        experienceId: decryptField(
          key,
          { table: 'participant_experiences', column: 'experience', rowId: row.id },
          row.experience,
        ),
        isConfirmed: row.confirmedAt !== null,
        choices: consent && consent.withdrawnAt === null ? readChoices(consent) : readChoices(undefined),
      });
    }
  }
  return opened;
}

async function currentConsentsOf(db: Db | Tx, rowIds: string[]) {
  const records = await db
    .select()
    .from(consents)
    .where(and(eq(consents.subjectType, 'experience'), inArray(consents.subjectId, rowIds)))
    .orderBy(asc(consents.givenAt), asc(consents.id));
  return new Map(records.map((c) => [c.subjectId ?? '', c]));
}

/** The labels of a program's vocabulary, by id (archived entries included: old rows still name them). */
export async function experienceLabels(db: Db | Tx, programId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: programExperiences.id, label: programExperiences.label })
    .from(programExperiences)
    .where(eq(programExperiences.programId, programId));
  return new Map(rows.map((r) => [r.id, r.label]));
}
