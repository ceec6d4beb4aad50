import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { organizations, roleAssignments } from '../organizations/tables.ts';
import { participants } from '../participants/tables.ts';
import { reminderPreferences } from './tables.ts';

/**
 * The zone a person's own times are shown in when no match names one: the zone they saved with
 * their reminder preferences, else that of their latest participation, else their organization's.
 */
export async function findHomeTimeZone(db: Db | Tx, userId: string): Promise<string> {
  const [saved] = await db
    .select({ timeZone: reminderPreferences.timeZone })
    .from(reminderPreferences)
    .where(eq(reminderPreferences.userId, userId));
  if (saved) return saved.timeZone;
  const [participant] = await db
    .select({ timeZone: participants.timeZone })
    .from(participants)
    .where(eq(participants.userId, userId))
    .orderBy(desc(participants.createdAt))
    .limit(1);
  if (participant) return participant.timeZone;
  const [organization] = await db
    .select({ timeZone: organizations.timeZone })
    .from(roleAssignments)
    .innerJoin(organizations, eq(organizations.id, roleAssignments.organizationId))
    .where(eq(roleAssignments.userId, userId))
    .limit(1);
  return organization?.timeZone ?? 'UTC';
}
