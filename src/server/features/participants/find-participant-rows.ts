import { asc, count, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { user } from '../identity/tables.ts';
import { hasPassedRequiredTraining } from '../training/has-passed-required-training.ts';
import { type ParticipantFilters, participantConditions } from './participant-filters.ts';
import { participants } from './tables.ts';

const columns = { participant: participants, name: user.name, email: user.email, username: user.username };
export type ParticipantRow = {
  participant: typeof participants.$inferSelect;
  name: string;
  email: string;
  username: string | null;
};

export interface Page {
  limit: number;
  offset: number;
}

/**
 * A program's participants matching the filters, by name, with the total before paging. The
 * training filter asks the training feature per participant, so with it the page is cut here.
 */
export async function findParticipantRows(
  db: Db | Tx,
  programId: string,
  filters: ParticipantFilters,
  /** The organization's calendar date, for screening expiry. */
  today: string,
  page?: Page,
): Promise<{ rows: ParticipantRow[]; total: number }> {
  const where = participantConditions(programId, filters, today);
  const base = () =>
    db
      .select(columns)
      .from(participants)
      .innerJoin(user, eq(user.id, participants.userId))
      .where(where)
      .orderBy(asc(user.name), asc(participants.id));
  if (filters.trainingDone === undefined) {
    const rows = page ? await base().limit(page.limit).offset(page.offset) : await base();
    const [counted] = await db
      .select({ total: count() })
      .from(participants)
      .innerJoin(user, eq(user.id, participants.userId))
      .where(where);
    return { rows, total: counted?.total ?? rows.length };
  }
  const matching: ParticipantRow[] = [];
  for (const row of await base()) {
    if ((await hasPassedRequiredTraining(db, row.participant)) === filters.trainingDone) matching.push(row);
  }
  const rows = page ? matching.slice(page.offset, page.offset + page.limit) : matching;
  return { rows, total: matching.length };
}
