import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { matches } from '../matching/tables.ts';
import { matchSides } from '../meetings/tables.ts';
import { organizations, programs } from '../organizations/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * What one of the pair said they would do before next time. The words are the pair's own,
 * sealed with the match's data key; staff see only owner, due date and whether it was kept.
 */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    matchId: uuid('match_id')
      .notNull()
      .references(() => matches.id),
    owner: text('owner', { enum: matchSides }).notNull(),
    /** AES-256-GCM under the match key, bound to this row and column. */
    text: text('text').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    completedAt: ts('completed_at'),
    /** When the owner was reminded it is overdue (once); from then both see it as overdue. */
    overdueRemindedAt: ts('overdue_reminded_at'),
  },
  (t) => [index('commitments_match_idx').on(t.matchId, t.dueAt), index('commitments_due_idx').on(t.dueAt)],
);

export type CommitmentRow = typeof commitments.$inferSelect;
