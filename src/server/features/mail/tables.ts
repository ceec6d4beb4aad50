import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const mailStatuses = ['kept', 'queued', 'sent', 'failed'] as const;

/**
 * Every email Trellis writes. With SMTP configured a job sends it (status queued → sent); without,
 * it is kept here for admins to read, so the embedded default needs no mail server.
 */
export const mailOutbox = pgTable('mail_outbox', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id'),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  htmlBody: text('html_body').notNull(),
  template: text('template').notNull(),
  status: text('status', { enum: mailStatuses }).notNull(),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
});
