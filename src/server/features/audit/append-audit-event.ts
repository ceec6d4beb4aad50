import { desc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
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
  const chain = input.organizationId ?? INSTANCE_CHAIN;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit:${chain}`}))`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.chain, chain))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const target = input.target
    ? input.target.isPerson
      ? pseudonymize(ctx.keyring.auditKey, input.target.id)
      : input.target.id
    : null;
  const fields = {
    chain,
    seq: (last?.seq ?? 0) + 1,
    id: newId(),
    // Millisecond precision survives the round trip through timestamptz, so hashes recompute.
    occurredAt: new Date(ctx.clock.now().getTime()),
    actor: actorPseudonym(ctx, input.actor),
    action: input.action,
    targetType: input.target?.type ?? null,
    target,
    outcome: input.outcome ?? 'success',
    details: input.details ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditEvents).values({
    ...fields,
    organizationId: input.organizationId,
    hash: hashAuditEvent(fields),
  });
}

/** For failures and denials: their own transaction, so the record survives the rollback. */
export async function auditSeparately(ctx: Ctx, input: AuditEventInput): Promise<void> {
  await ctx.database.db.transaction((tx) => appendAuditEvent(tx, ctx, input));
}
