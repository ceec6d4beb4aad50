import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { user } from '../identity/tables.ts';
import { organizations, programs } from '../organizations/tables.ts';
import { guardianships, participants } from '../participants/tables.ts';
import { firstName } from './invite-guardian.ts';

/**
 * The children a signed-in guardian consented for: program, role and status only. Guardians see
 * consent, the schedule and the fact of a match, never a profile or anything private.
 */
export async function listMyChildren(db: Db | Tx, actor: Actor) {
  const rows = await db
    .select({
      guardianshipId: guardianships.id,
      confirmedAt: guardianships.confirmedAt,
      participantId: participants.id,
      role: participants.role,
      status: participants.status,
      childName: user.name,
      programName: programs.name,
      organizationName: organizations.name,
    })
    .from(guardianships)
    .innerJoin(participants, eq(participants.id, guardianships.participantId))
    .innerJoin(user, eq(user.id, participants.userId))
    .innerJoin(programs, eq(programs.id, participants.programId))
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(
      and(
        eq(guardianships.guardianUserId, actor.userId),
        isNotNull(guardianships.confirmedAt),
        isNull(guardianships.withdrawnAt),
      ),
    )
    .orderBy(guardianships.confirmedAt);
  return rows.map((r) => ({ ...r, childFirstName: firstName(r.childName) }));
}
