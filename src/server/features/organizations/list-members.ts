import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { user } from '../identity/tables.ts';
import { programs, roleAssignments } from './tables.ts';

/** People and their roles in one organization (the caller has checked the actor is its admin). */
export async function listMembers(db: Db, organizationId: string) {
  return db
    .select({
      assignmentId: roleAssignments.id,
      userId: user.id,
      name: user.name,
      email: user.email,
      twoFactorEnabled: user.twoFactorEnabled,
      role: roleAssignments.role,
      programId: roleAssignments.programId,
      programName: programs.name,
      since: roleAssignments.createdAt,
    })
    .from(roleAssignments)
    .innerJoin(user, eq(user.id, roleAssignments.userId))
    .leftJoin(programs, eq(programs.id, roleAssignments.programId))
    .where(eq(roleAssignments.organizationId, organizationId))
    .orderBy(asc(user.name), asc(roleAssignments.role));
}
