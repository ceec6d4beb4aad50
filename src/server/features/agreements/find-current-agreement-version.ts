import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { programAgreements } from '../participants/tables.ts';

export type AgreementText = typeof programAgreements.$inferSelect;

/** The program's latest agreement version with its texts (one per language), or null if it has none. */
export async function findCurrentAgreementVersion(
  db: Db | Tx,
  programId: string,
): Promise<{ version: number; texts: AgreementText[] } | null> {
  const rows = await db
    .select()
    .from(programAgreements)
    .where(eq(programAgreements.programId, programId))
    .orderBy(desc(programAgreements.version), programAgreements.language);
  const version = rows[0]?.version;
  if (version === undefined) return null;
  return { version, texts: rows.filter((r) => r.version === version) };
}
