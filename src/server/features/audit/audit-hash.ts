import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  chain: string;
  seq: number;
  id: string;
  occurredAt: Date;
  actor: string;
  action: string;
  targetType: string | null;
  target: string | null;
  outcome: string;
  details: Record<string, unknown>;
  prevHash: string;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** sha256 over every field in a fixed order and the previous hash: changing any breaks the chain. */
export function hashAuditEvent(fields: HashedFields): string {
  const text = canonical([
    fields.chain,
    fields.seq,
    fields.id,
    fields.occurredAt.toISOString(),
    fields.actor,
    fields.action,
    fields.targetType,
    fields.target,
    fields.outcome,
    fields.details,
    fields.prevHash,
  ]);
  return createHash('sha256').update(text).digest('hex');
}
