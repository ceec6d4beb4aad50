import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One-time setup tokens printed at start while the instance is empty (hashes only). */
export const setupTokens = pgTable('setup_tokens', {
  id: uuid('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
