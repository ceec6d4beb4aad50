import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { invitations, programs } from './tables.ts';

export async function listInvitations(db: Db, organizationId: string) {
  return db
    .select({ invitation: invitations, programName: programs.name })
    .from(invitations)
    .leftJoin(programs, eq(programs.id, invitations.programId))
    .where(eq(invitations.organizationId, organizationId))
    .orderBy(desc(invitations.createdAt))
    .limit(500);
}
