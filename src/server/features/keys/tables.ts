import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const keyOwnerTypes = ['participant', 'match'] as const;

/** Data keys wrapped by the master key. Destroying one (wrapped_key null) erases what it sealed. */
export const dataKeys = pgTable(
  'data_keys',
  {
    id: uuid('id').primaryKey(),
    ownerType: text('owner_type', { enum: keyOwnerTypes }).notNull(),
    ownerId: uuid('owner_id').notNull(),
    wrappedKey: text('wrapped_key'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    destroyedAt: timestamp('destroyed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('data_keys_owner_idx').on(t.ownerType, t.ownerId)],
);
