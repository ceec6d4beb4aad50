import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { hasOrgRole } from './policy.ts';
import { programs } from './tables.ts';

/** Admins and safeguarding leads see all the organization's programs; others only their own. */
export async function listPrograms(db: Db, actor: Actor, organizationId: string) {
  const seesAll = hasOrgRole(actor, organizationId, 'admin') || hasOrgRole(actor, organizationId, 'safeguarding_lead');
  const own = actor.assignments
    .filter((a) => a.organizationId === organizationId && a.programId)
    .map((a) => a.programId as string);
  if (!seesAll && own.length === 0) return [];
  return db
    .select()
    .from(programs)
    .where(and(eq(programs.organizationId, organizationId), seesAll ? undefined : inArray(programs.id, own)))
    .orderBy(asc(programs.name));
}
