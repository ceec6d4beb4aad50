import { count, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import {
  type ParticipantRole,
  type ParticipantStatus,
  participantRoles,
  participantStatuses,
  participants,
} from './tables.ts';

export interface ParticipantCounts {
  total: number;
  byStatus: Record<ParticipantStatus, number>;
  byRole: Record<ParticipantRole, number>;
}

/** How many participants a program has in each status and role (every key present, zeros too). */
export async function countProgramParticipants(db: Db | Tx, programId: string): Promise<ParticipantCounts> {
  const groups = await db
    .select({ role: participants.role, status: participants.status, n: count() })
    .from(participants)
    .where(eq(participants.programId, programId))
    .groupBy(participants.role, participants.status);
  const byStatus = Object.fromEntries(participantStatuses.map((s) => [s, 0])) as Record<ParticipantStatus, number>;
  const byRole = Object.fromEntries(participantRoles.map((r) => [r, 0])) as Record<ParticipantRole, number>;
  for (const g of groups) {
    byStatus[g.status] += g.n;
    byRole[g.role] += g.n;
  }
  return { total: groups.reduce((sum, g) => sum + g.n, 0), byStatus, byRole };
}
