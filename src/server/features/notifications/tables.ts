import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from '../identity/tables.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * In-app notices (the bell). They name what happened and link to it, never private content: the
 * page they link to decides what the reader may see.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id'),
    kind: text('kind').notNull(),
    /** Ids and times the message is built from (matchId, meetingId, startsAt …), no free text. */
    data: jsonb('data').$type<Record<string, string | number | null>>().notNull().default({}),
    /** Where the notice leads, an app path. */
    link: text('link').notNull(),
    createdAt: ts('created_at').notNull(),
    readAt: ts('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/** How and when a person wants reminders; a person without a row gets the defaults. */
export const reminderPreferences = pgTable('reminder_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  /** Minutes before a meeting, e.g. [1440, 60]. */
  meetingOffsets: jsonb('meeting_offsets').$type<number[]>().notNull(),
  byEmail: boolean('by_email').notNull(),
  /** Local `HH:mm` in the person's time zone; no reminder is delivered between start and end. */
  quietStart: text('quiet_start'),
  quietEnd: text('quiet_end'),
  timeZone: text('time_zone').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/**
 * One row per reminder or nudge actually delivered, keyed by what it is about. Delivery inserts
 * here in the transaction that writes the notice and the email, so a retried job, a restart or a
 * second worker finds the key taken and sends nothing.
 */
export const reminderDeliveries = pgTable('reminder_deliveries', {
  dedupKey: text('dedup_key').primaryKey(),
  userId: uuid('user_id'),
  deliveredAt: ts('delivered_at').notNull(),
});

/** A person's private calendar feed. Only a hash of the secret token is stored. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: ts('created_at').notNull(),
    revokedAt: ts('revoked_at'),
    lastFetchedAt: ts('last_fetched_at'),
  },
  (t) => [index('calendar_feeds_user_idx').on(t.userId)],
);
