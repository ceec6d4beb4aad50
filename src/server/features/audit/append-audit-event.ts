import { desc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { insertMany } from '../../db/insert-many.ts';
import { pseudonymize } from '../../lib/crypto.ts';
import { newId } from '../../lib/ids.ts';
import { GENESIS_HASH, hashAuditEvent } from './audit-hash.ts';
import { auditEvents } from './tables.ts';

export const INSTANCE_CHAIN = 'instance';

/** Who acted: a signed-in person, the operator at the machine (CLI), or nobody yet. */
export type AuditActor = { userId: string } | 'operator' | 'anonymous' | 'system';

export interface AuditEventInput {
  organizationId: string | null;
  actor: AuditActor;
  action: string;
  /** A person as target is pseudonymised; other targets (programs, invitations) keep their id. */
  target?: { type: string; id: string; isPerson?: boolean };
  outcome?: 'success' | 'denied' | 'failed';
  details?: Record<string, string | number | boolean | null>;
}

export function actorPseudonym(ctx: Ctx, actor: AuditActor): string {
  return typeof actor === 'string' ? actor : pseudonymize(ctx.keyring.auditKey, actor.userId);
}

/**
 * Appends to the organization's chain (or the instance chain). Appends to one chain are
 * serialised by a transaction-scoped advisory lock, so seq and prev_hash never fork.
 */
export async function appendAuditEvent(tx: Tx, ctx: Ctx, input: AuditEventInput): Promise<void> {
  await appendAuditEvents(tx, ctx, [input]);
}

/**
 * Appends many events in order, one lock, one read of the head and one insert per chain: a bulk
 * operation (an import of thousands of rows) keeps one event per thing done without one round
 * trip per event.
 */
export async function appendAuditEvents(tx: Tx, ctx: Ctx, inputs: AuditEventInput[]): Promise<void> {
  const byChain = new Map<string, AuditEventInput[]>();
  for (const input of inputs) {
    const chain = input.organizationId ?? INSTANCE_CHAIN;
    const events = byChain.get(chain);
    if (events) events.push(input);
    else byChain.set(chain, [input]);
  }
  // Chains are locked in a fixed order, so two bulk appends cannot deadlock each other.
  for (const chain of [...byChain.keys()].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit:${chain}`}))`);
    const [last] = await tx
      .select({ seq: auditEvents.seq, hash: auditEvents.hash })
      .from(auditEvents)
      .where(eq(auditEvents.chain, chain))
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    const first = (last?.seq ?? 0) + 1;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const rows = (byChain.get(chain) ?? []).map((input, i) => {
      const fields = chainedFields(ctx, input, chain, first + i, prevHash);
      prevHash = hashAuditEvent(fields);
      return { ...fields, organizationId: input.organizationId, hash: prevHash };
    });
    await insertMany(tx, auditEvents, rows);
  }
}

function chainedFields(ctx: Ctx, input: AuditEventInput, chain: string, seq: number, prevHash: string) {
  const target = input.target
    ? input.target.isPerson
      ? pseudonymize(ctx.keyring.auditKey, input.target.id)
      : input.target.id
    : null;
  return {
    chain,
    seq,
    id: newId(),
    // Millisecond precision survives the round trip through timestamptz, so hashes recompute.
    occurredAt: new Date(ctx.clock.now().getTime()),
    actor: actorPseudonym(ctx, input.actor),
    action: input.action,
    targetType: input.target?.type ?? null,
    target,
    outcome: input.outcome ?? 'success',
    details: input.details ?? {},
    prevHash,
  };
}

/** For failures and denials: their own transaction, so the record survives the rollback. */
export async function auditSeparately(ctx: Ctx, input: AuditEventInput): Promise<void> {
  await ctx.database.db.transaction((tx) => appendAuditEvent(tx, ctx, input));
}
