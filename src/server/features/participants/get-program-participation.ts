import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { programParticipation } from './tables.ts';

export type ProgramParticipation = typeof programParticipation.$inferSelect;

/** A program's application settings; a program nobody has configured has both forms closed. */
export async function getProgramParticipation(db: Db | Tx, programId: string): Promise<ProgramParticipation> {
  const [settings] = await db.select().from(programParticipation).where(eq(programParticipation.programId, programId));
  return (
    settings ?? { programId, mentorApplicationsOpen: false, menteeApplicationsOpen: false, guardianConsentAge: 13 }
  );
}
