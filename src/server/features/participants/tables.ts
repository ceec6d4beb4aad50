import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from '../identity/tables.ts';
import { dataKeys } from '../keys/tables.ts';
import { organizations, programs } from '../organizations/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const participantRoles = ['mentor', 'mentee'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/** The lifecycle (MENTOR's Elements: recruitment, screening, training, matching) plus two holds. */
export const participantStatuses = [
  'applied',
  'screening',
  'training',
  'ready',
  'active',
  'closed',
  'withdrawn',
  'awaiting_guardian',
  'paused',
] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];

export interface WeeklySlot {
  day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  start: string;
  end: string;
}

/**
 * A person's place in one program as mentor or mentee. Lists that matching uses but that are not
 * special-category data stay in clear; lived experiences and the "in my own words" text are
 * sealed with the participant's data key (`data_key_id`).
 */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => user.id),
    role: text('role', { enum: participantRoles }).notNull(),
    status: text('status', { enum: participantStatuses }).notNull(),
    /** While on a hold (awaiting_guardian, paused): the status to return to when it lifts. */
    heldStatus: text('held_status', { enum: participantStatuses }),
    birthDate: date('birth_date', { mode: 'string' }),
    gender: text('gender'),
    timeZone: text('time_zone').notNull(),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    interests: jsonb('interests').$type<string[]>().notNull().default([]),
    goals: jsonb('goals').$type<string[]>().notNull().default([]),
    strengths: jsonb('strengths').$type<string[]>().notNull().default([]),
    availability: jsonb('availability').$type<WeeklySlot[]>().notNull().default([]),
    preferences: jsonb('preferences').$type<Record<string, string>>().notNull().default({}),
    capacity: integer('capacity'),
    ownWords: text('own_words'),
    dataKeyId: uuid('data_key_id')
      .notNull()
      .references(() => dataKeys.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('participants_program_user_role_key').on(t.programId, t.userId, t.role),
    index('participants_program_status_idx').on(t.programId, t.status),
    check('participants_capacity_check', sql`${t.capacity} is null or (${t.capacity} between 0 and 10)`),
  ],
);

/** The timeline: every status change with who, when and why. */
export const participantStatusChanges = pgTable(
  'participant_status_changes',
  {
    id: uuid('id').primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: participantStatuses }),
    toStatus: text('to_status', { enum: participantStatuses }).notNull(),
    actorId: uuid('actor_id'),
    reason: text('reason'),
    occurredAt: ts('occurred_at').notNull(),
  },
  (t) => [index('participant_status_changes_participant_idx').on(t.participantId, t.occurredAt)],
);

/** Per program: whether each application form is open, and the age below which a guardian consents. */
export const programParticipation = pgTable('program_participation', {
  programId: uuid('program_id')
    .primaryKey()
    .references(() => programs.id),
  mentorApplicationsOpen: boolean('mentor_applications_open').notNull().default(false),
  menteeApplicationsOpen: boolean('mentee_applications_open').notNull().default(false),
  guardianConsentAge: integer('guardian_consent_age').notNull().default(13),
});

/** The program's editable vocabulary of lived experiences (labels are not personal data). */
export const programExperiences = pgTable(
  'program_experiences',
  {
    id: uuid('id').primaryKey(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    label: text('label').notNull(),
    archivedAt: ts('archived_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('program_experiences_program_label_key').on(t.programId, t.label)],
);

/**
 * One lived experience of a participant. Which experience it is (`experience`, the vocabulary id)
 * and the free text are sealed; staff without consent learn only that a row exists. Imported rows
 * stay unconfirmed, unused and unshown until the participant confirms and consents.
 */
export const participantExperiences = pgTable(
  'participant_experiences',
  {
    id: uuid('id').primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    experience: text('experience').notNull(),
    source: text('source', { enum: ['self', 'import'] }).notNull(),
    confirmedAt: ts('confirmed_at'),
    removedAt: ts('removed_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('participant_experiences_participant_idx').on(t.participantId)],
);

export const consentSubjects = ['experience', 'agreement', 'guardian'] as const;

/**
 * Consent is a versioned record, never a boolean: who gave which choices, on which text version,
 * in which language, when, and when it was withdrawn. A change is a new record.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    subjectType: text('subject_type', { enum: consentSubjects }).notNull(),
    subjectId: uuid('subject_id'),
    choices: jsonb('choices').$type<Record<string, boolean>>().notNull().default({}),
    textVersion: text('text_version').notNull(),
    language: text('language').notNull(),
    givenBy: uuid('given_by').notNull(),
    givenAt: ts('given_at').notNull(),
    withdrawnAt: ts('withdrawn_at'),
    withdrawnBy: uuid('withdrawn_by'),
  },
  (t) => [index('consents_participant_subject_idx').on(t.participantId, t.subjectType, t.subjectId)],
);

/** A guardian of a participant below the program's consent age: invited by email, confirmed by link. */
export const guardianships = pgTable(
  'guardianships',
  {
    id: uuid('id').primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    guardianUserId: uuid('guardian_user_id').references(() => user.id),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    language: text('language').notNull().default('en'),
    invitedAt: ts('invited_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    confirmedAt: ts('confirmed_at'),
    withdrawnAt: ts('withdrawn_at'),
  },
  (t) => [index('guardianships_participant_idx').on(t.participantId)],
);

export const screeningKinds = ['reference', 'interview', 'background_check'] as const;
export const screeningOutcomes = ['passed', 'failed', 'pending'] as const;

/** Screening of mentors: what was checked and when, never the documents. */
export const screeningChecks = pgTable(
  'screening_checks',
  {
    id: uuid('id').primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: screeningKinds }).notNull(),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    outcome: text('outcome', { enum: screeningOutcomes }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('screening_checks_participant_idx').on(t.participantId)],
);

/** The program's confidentiality agreement, versioned per language; acknowledging it is a consent. */
export const programAgreements = pgTable(
  'program_agreements',
  {
    id: uuid('id').primaryKey(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    version: integer('version').notNull(),
    language: text('language').notNull(),
    body: text('body').notNull(),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('program_agreements_program_version_language_key').on(t.programId, t.version, t.language)],
);

/** One-time codes with which a young person without email sets their password. Hash only. */
export const accountSetupCodes = pgTable('account_setup_codes', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' }),
  codeHash: text('code_hash').notNull().unique(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
