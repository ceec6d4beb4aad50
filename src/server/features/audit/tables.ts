import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const auditOutcomes = ['success', 'denied', 'failed'] as const;

/**
 * Append-only, one hash chain per organization (chain = organization id) plus one for the
 * instance (chain = 'instance'). Actors and people as targets are pseudonyms, never names.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    organizationId: uuid('organization_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type'),
    target: text('target'),
    outcome: text('outcome', { enum: auditOutcomes }).notNull(),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_chain_seq_key').on(t.chain, t.seq),
    index('audit_events_org_idx').on(t.organizationId),
  ],
);
