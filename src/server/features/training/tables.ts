import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { programs } from '../organizations/tables.ts';
import { participants } from '../participants/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export interface QuizQuestion {
  id: string;
  prompt: string;
  options: { id: string; text: string; explanation: string }[];
  correct: string;
}

/** A program's training: Markdown and a quiz with a pass mark; required modules gate `ready`. */
export const trainingModules = pgTable(
  'training_modules',
  {
    id: uuid('id').primaryKey(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull(),
    questions: jsonb('questions').$type<QuizQuestion[]>().notNull(),
    passMark: integer('pass_mark').notNull(),
    isRequired: boolean('is_required').notNull().default(true),
    position: integer('position').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_modules_program_slug_key').on(t.programId, t.slug),
    check('training_modules_pass_mark_check', sql`${t.passMark} between 0 and 100`),
  ],
);

export const trainingAttempts = pgTable(
  'training_attempts',
  {
    id: uuid('id').primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id')
      .notNull()
      .references(() => trainingModules.id),
    score: integer('score').notNull(),
    hasPassed: boolean('has_passed').notNull(),
    answers: jsonb('answers').$type<Record<string, string>>().notNull(),
    attemptedAt: ts('attempted_at').notNull(),
  },
  (t) => [index('training_attempts_participant_idx').on(t.participantId, t.moduleId)],
);
