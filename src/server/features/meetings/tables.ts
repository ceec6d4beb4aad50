import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from '../identity/tables.ts';
import { matches } from '../matching/tables.ts';
import { organizations, programs } from '../organizations/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const matchSides = ['mentor', 'mentee'] as const;
export type MatchSideName = (typeof matchSides)[number];

/**
 * The rhythm a pair agreed: a weekly RRULE anchored to local wall time in one IANA zone, so a
 * 16:00 meeting stays at 16:00 there across DST. Its occurrences are stored as meetings (bounded
 * by the match's program end), which is what attendance, reminders and overlap checks work on;
 * the RRULE itself is what calendar feeds publish.
 */
export const meetingSeries = pgTable('meeting_series', {
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
  timeZone: text('time_zone').notNull(),
  /** Weeks between meetings: 1 weekly, 2 fortnightly, 4 every four weeks. */
  intervalWeeks: integer('interval_weeks').notNull(),
  /** The first occurrence's local start in time_zone, `YYYY-MM-DDTHH:mm` (iCalendar DTSTART;TZID). */
  firstLocalStart: text('first_local_start').notNull(),
  /** The last local date an occurrence may fall on (RRULE UNTIL). */
  untilLocalDate: text('until_local_date').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  location: text('location'),
  videoUrl: text('video_url'),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => user.id),
  createdAt: ts('created_at').notNull(),
  /** Set when the rhythm is stopped: later occurrences are cancelled. */
  endedAt: ts('ended_at'),
});

export const meetingStatuses = ['scheduled', 'held', 'cancelled', 'no-show', 'disputed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const attendanceAnswers = ['met', 'they-did-not-come', 'i-could-not-come'] as const;
export type AttendanceAnswer = (typeof attendanceAnswers)[number];

/** One meeting of a match: a series occurrence (series_id and its original start) or a single one. */
export const meetings = pgTable(
  'meetings',
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
    seriesId: uuid('series_id').references(() => meetingSeries.id),
    /** For an occurrence: the start the series gave it (iCalendar RECURRENCE-ID), kept when moved. */
    occurrenceStart: ts('occurrence_start'),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    /** The zone the meeting was agreed in; shown beside each person's own local time. */
    timeZone: text('time_zone').notNull(),
    location: text('location'),
    videoUrl: text('video_url'),
    status: text('status', { enum: meetingStatuses }).notNull(),
    cancelledBy: text('cancelled_by', { enum: matchSides }),
    cancelledAt: ts('cancelled_at'),
    cancelReason: text('cancel_reason'),
    /** A cancellation, or a reschedule by the mentor, less than 24 h before the start. */
    lateChangeBy: text('late_change_by', { enum: matchSides }),
    mentorAttendance: text('mentor_attendance', { enum: attendanceAnswers }),
    menteeAttendance: text('mentee_attendance', { enum: attendanceAnswers }),
    mentorConfirmedAt: ts('mentor_confirmed_at'),
    menteeConfirmedAt: ts('mentee_confirmed_at'),
    feltHeard: integer('felt_heard'),
    mentorSharedExperience: boolean('mentor_shared_experience'),
    noShowBy: text('no_show_by', { enum: [...matchSides, 'both'] }),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: ts('resolved_at'),
    /** iCalendar SEQUENCE: bumped on every change, so calendars replace the old copy. */
    sequence: integer('sequence').notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('meetings_match_starts_idx').on(t.matchId, t.startsAt),
    index('meetings_program_starts_idx').on(t.programId, t.startsAt),
    index('meetings_series_idx').on(t.seriesId),
    check('meetings_ends_after_start_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('meetings_felt_heard_check', sql`${t.feltHeard} is null or ${t.feltHeard} between 1 and 5`),
  ],
);

export const proposalStatuses = ['pending', 'accepted', 'declined', 'withdrawn', 'superseded'] as const;

/** A time one of the pair proposes (a new meeting, or a new time for `meeting_id`); the other answers. */
export const meetingProposals = pgTable(
  'meeting_proposals',
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
    meetingId: uuid('meeting_id').references(() => meetings.id),
    proposedBy: text('proposed_by', { enum: matchSides }).notNull(),
    proposedByUser: uuid('proposed_by_user').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    timeZone: text('time_zone').notNull(),
    location: text('location'),
    videoUrl: text('video_url'),
    reason: text('reason'),
    status: text('status', { enum: proposalStatuses }).notNull(),
    createdAt: ts('created_at').notNull(),
    respondedAt: ts('responded_at'),
    responseReason: text('response_reason'),
  },
  (t) => [
    index('meeting_proposals_match_idx').on(t.matchId, t.status),
    check('meeting_proposals_ends_after_start_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const meetingEventKinds = [
  'scheduled',
  'series-created',
  'series-ended',
  'proposed',
  'proposal-accepted',
  'proposal-declined',
  'proposal-withdrawn',
  'rescheduled',
  'cancelled',
  'attendance-confirmed',
  'disputed',
  'resolved',
] as const;
export type MeetingEventKind = (typeof meetingEventKinds)[number];

/** Every change to a match's schedule, as it happened: who, what, when. Never updated. */
export const meetingEvents = pgTable(
  'meeting_events',
  {
    id: uuid('id').primaryKey(),
    matchId: uuid('match_id')
      .notNull()
      .references(() => matches.id),
    meetingId: uuid('meeting_id'),
    proposalId: uuid('proposal_id'),
    seriesId: uuid('series_id'),
    kind: text('kind', { enum: meetingEventKinds }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role', { enum: [...matchSides, 'coordinator', 'system'] }).notNull(),
    detail: jsonb('detail').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    at: ts('at').notNull(),
  },
  (t) => [index('meeting_events_match_idx').on(t.matchId, t.at)],
);

export type MeetingRow = typeof meetings.$inferSelect;
export type SeriesRow = typeof meetingSeries.$inferSelect;
export type ProposalRow = typeof meetingProposals.$inferSelect;
