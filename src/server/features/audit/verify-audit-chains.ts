import { asc } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { GENESIS_HASH, hashAuditEvent } from './audit-hash.ts';
import { auditEvents } from './tables.ts';

export interface ChainHead {
  chain: string;
  seq: number;
  hash: string;
}

export interface ChainProblem {
  chain: string;
  seq: number;
  id: string | null;
  reason: string;
}

export interface VerifyResult {
  ok: boolean;
  chains: number;
  events: number;
  problems: ChainProblem[];
  heads: ChainHead[];
}

/**
 * Recomputes every chain and names its first broken link. With saved heads (`audit head` kept
 * outside the database), also catches the newest events being deleted, which a chain alone cannot.
 */
export async function verifyAuditChains(db: Db, savedHeads: ChainHead[] = []): Promise<VerifyResult> {
  const rows = await db.select().from(auditEvents).orderBy(asc(auditEvents.chain), asc(auditEvents.seq));
  const problems: ChainProblem[] = [];
  const heads = new Map<string, ChainHead>();
  const broken = new Set<string>();
  let previous: { chain: string; seq: number; hash: string } | null = null;
  for (const row of rows) {
    const isFirst = previous?.chain !== row.chain;
    const expectedSeq = isFirst ? 1 : (previous?.seq ?? 0) + 1;
    const expectedPrev = isFirst ? GENESIS_HASH : (previous?.hash ?? GENESIS_HASH);
    if (!broken.has(row.chain)) {
      const recomputed = hashAuditEvent({ ...row, details: row.details });
      let reason: string | null = null;
      if (row.seq !== expectedSeq) reason = `event ${expectedSeq} is missing (found ${row.seq} next)`;
      else if (row.prevHash !== expectedPrev) reason = 'its previous-hash does not match the event before it';
      else if (recomputed !== row.hash) reason = 'its content does not match its hash (changed after writing)';
      if (reason) {
        problems.push({ chain: row.chain, seq: row.seq, id: row.id, reason });
        broken.add(row.chain);
      }
    }
    heads.set(row.chain, { chain: row.chain, seq: row.seq, hash: row.hash });
    previous = row;
  }
  for (const saved of savedHeads) {
    const head = heads.get(saved.chain);
    if (!head || head.seq < saved.seq) {
      problems.push({
        chain: saved.chain,
        seq: saved.seq,
        id: null,
        reason: `the chain ends at ${head?.seq ?? 0} but the saved head is at ${saved.seq}: newest events were deleted`,
      });
    } else if (!broken.has(saved.chain)) {
      const match = rows.find((r) => r.chain === saved.chain && r.seq === saved.seq);
      if (match?.hash !== saved.hash) {
        problems.push({
          chain: saved.chain,
          seq: saved.seq,
          id: match?.id ?? null,
          reason: 'it differs from the saved head',
        });
      }
    }
  }
  return { ok: problems.length === 0, chains: heads.size, events: rows.length, problems, heads: [...heads.values()] };
}
