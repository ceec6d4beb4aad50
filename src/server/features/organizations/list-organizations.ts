import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { organizations } from './tables.ts';

/** Instance admins see every organization; everyone else the ones they hold a role in. */
export async function listOrganizations(db: Db, actor: Actor) {
  if (actor.isInstanceAdmin) return db.select().from(organizations).orderBy(asc(organizations.name));
  const ids = [...new Set(actor.assignments.map((a) => a.organizationId))];
  if (ids.length === 0) return [];
  return db.select().from(organizations).where(inArray(organizations.id, ids)).orderBy(asc(organizations.name));
}
