import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { auditEvents } from './tables.ts';

export async function listAuditEvents(
  db: Db,
  chain: string,
  { beforeSeq, limit }: { beforeSeq?: number; limit: number },
) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.chain, chain), beforeSeq ? lt(auditEvents.seq, beforeSeq) : undefined))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}
