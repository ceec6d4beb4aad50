import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { user } from '../identity/tables.ts';
import { roleAssignments } from '../organizations/tables.ts';

export interface Coordinator {
  userId: string;
  name: string;
  email: string;
  locale: string;
}

/** The people who coordinate a program: they are told when a match needs them. */
export async function findProgramCoordinators(db: Db | Tx, programId: string): Promise<Coordinator[]> {
  return db
    .select({ userId: user.id, name: user.name, email: user.email, locale: user.locale })
    .from(roleAssignments)
    .innerJoin(user, eq(user.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.programId, programId), eq(roleAssignments.role, 'coordinator')));
}
