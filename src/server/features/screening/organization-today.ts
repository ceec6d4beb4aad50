import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { organizations } from '../organizations/tables.ts';
import { todayInZone } from './today-in-zone.ts';

/** "Today" where the organization is, so a check made this morning in Auckland is not "in the future". */
export async function organizationToday(db: Db | Tx, ctx: Ctx, organizationId: string): Promise<string> {
  const [organization] = await db
    .select({ timeZone: organizations.timeZone })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return todayInZone(ctx.clock.now(), organization?.timeZone ?? 'UTC');
}
