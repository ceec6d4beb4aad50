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
import type { Objective, RuledOutBy, Weights } from '../../../matching/types.ts';
import { user } from '../identity/tables.ts';
import { dataKeys } from '../keys/tables.ts';
import { organizations, programs } from '../organizations/tables.ts';
import { participants, programAgreements } from '../participants/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A program's matching settings; a program without a row uses MATCHING.md's defaults. */
export const matchingSettings = pgTable('matching_settings', {
  programId: uuid('program_id')
    .primaryKey()
    .references(() => programs.id),
  weights: jsonb('weights').$type<Weights>().notNull(),
  minOverlapMinutes: integer('min_overlap_minutes').notNull(),
  requireSharedLanguage: boolean('require_shared_language').notNull(),
  ageGapMin: integer('age_gap_min'),
  ageGapMax: integer('age_gap_max'),
  objective: text('objective', { enum: ['max-score', 'most-matched-then-score'] })
    .$type<Objective>()
    .notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export interface PairRef {
  menteeId: string;
  mentorId: string;
}

/**
 * A stored reason. A shared experience is kept as the two participants' experience rows, never as
 * which experience it is: whether a viewer may see it is decided when the run is shown, from the
 * consents then in force, and erasing a participant's key erases it here too.
 */
export type StoredReason =
  | { code: 'shared-experience'; menteeRowId: string; mentorRowId: string }
  | { code: 'goal-strength' | 'shared-interest' | 'weekly-overlap' | 'shared-language'; detail: string };

export interface RunResult {
  pairs: { menteeId: string; mentorId: string; score: number; pinned: boolean; reasons: StoredReason[] }[];
  unmatched: (
    | { menteeId: string; reason: 'no-possible-mentor'; ruledOutBy: Partial<Record<RuledOutBy, number>> }
    | { menteeId: string; reason: 'capacity-taken'; possibleMentors: number }
  )[];
}

export interface RunFigures {
  mentees: number;
  mentors: number;
  matched: number;
  meanScore: number;
  sharingExperience: number;
}

export interface RunSettings {
  weights: Weights;
  minOverlapMinutes: number;
  requireSharedLanguage: boolean;
  ageGap: { min: number; max: number } | null;
  objective: Objective;
  referenceWeek: string;
}

/** One cohort matching run: its inputs (settings, pins, forbids) and its certified proposal. */
export const matchingRuns = pgTable(
  'matching_runs',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => user.id),
    startedAt: ts('started_at').notNull(),
    settings: jsonb('settings').$type<RunSettings>().notNull(),
    pins: jsonb('pins').$type<PairRef[]>().notNull(),
    forbids: jsonb('forbids').$type<PairRef[]>().notNull(),
    menteeIds: jsonb('mentee_ids').$type<string[] | null>(),
    result: jsonb('result').$type<RunResult>().notNull(),
    figures: jsonb('figures').$type<RunFigures>().notNull(),
    approvedAt: ts('approved_at'),
    approvedBy: uuid('approved_by'),
  },
  (t) => [index('matching_runs_program_idx').on(t.programId, t.startedAt)],
);

export const matchStatuses = ['proposed', 'active', 'declined', 'closed'] as const;
export type MatchStatus = (typeof matchStatuses)[number];
export const matchSources = ['cohort', 'mentee_choice'] as const;

/**
 * A mentor and a mentee. Proposed until both have accepted and acknowledged the confidentiality
 * agreement for this match (each time is kept: the Trust Index reads them); then active.
 */
export const matches = pgTable(
  'matches',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    mentorParticipantId: uuid('mentor_participant_id')
      .notNull()
      .references(() => participants.id),
    menteeParticipantId: uuid('mentee_participant_id')
      .notNull()
      .references(() => participants.id),
    source: text('source', { enum: matchSources }).notNull(),
    runId: uuid('run_id').references(() => matchingRuns.id),
    score: integer('score'),
    /** Why the two were matched, kept as the run (or the mentee's choice) gave it. */
    reasons: jsonb('reasons').$type<StoredReason[]>().notNull().default([]),
    status: text('status', { enum: matchStatuses }).notNull(),
    proposedAt: ts('proposed_at').notNull(),
    proposedBy: uuid('proposed_by').notNull(),
    mentorAcceptedAt: ts('mentor_accepted_at'),
    menteeAcceptedAt: ts('mentee_accepted_at'),
    mentorAgreementId: uuid('mentor_agreement_id').references(() => programAgreements.id),
    menteeAgreementId: uuid('mentee_agreement_id').references(() => programAgreements.id),
    mentorAgreementAcknowledgedAt: ts('mentor_agreement_acknowledged_at'),
    menteeAgreementAcknowledgedAt: ts('mentee_agreement_acknowledged_at'),
    startedAt: ts('started_at'),
    declinedAt: ts('declined_at'),
    declinedBy: uuid('declined_by'),
    declineReason: text('decline_reason'),
    closedAt: ts('closed_at'),
    closedBy: uuid('closed_by'),
    closeReason: text('close_reason'),
    rematch: boolean('rematch'),
    /** The match's data key (commitments, later notes and messages), made on first use. */
    dataKeyId: uuid('data_key_id').references(() => dataKeys.id),
  },
  (t) => [
    index('matches_program_status_idx').on(t.programId, t.status),
    index('matches_mentor_idx').on(t.mentorParticipantId, t.status),
    // A mentee has at most one open (proposed or active) match: the database holds the line when
    // two requests race.
    uniqueIndex('matches_one_open_per_mentee_key')
      .on(t.menteeParticipantId)
      .where(sql`${t.status} in ('proposed', 'active')`),
    check('matches_score_check', sql`${t.score} is null or (${t.score} between 0 and 100)`),
  ],
);

export type MatchRow = typeof matches.$inferSelect;
export type RunRow = typeof matchingRuns.$inferSelect;
