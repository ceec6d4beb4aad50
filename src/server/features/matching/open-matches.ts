import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { matches } from './tables.ts';

export interface ProgramMatchState {
  /** Proposed or active matches per mentor: what their capacity is spent on. */
  openPerMentor: Map<string, number>;
  /** Mentees with a proposed or active match: not matched again meanwhile. */
  menteesWithOpenMatch: Set<string>;
  /** Closed or declined pairs, `mentee:mentor`: never proposed again (MATCHING.md `excludes`). */
  endedPairs: Set<string>;
}

export const pairKey = (menteeId: string, mentorId: string) => `${menteeId}:${mentorId}`;

/** Where a program's matches stand, for deciding who can be matched and with whom. */
export async function readProgramMatchState(db: Db | Tx, programId: string): Promise<ProgramMatchState> {
  const rows = await db
    .select({
      mentorId: matches.mentorParticipantId,
      menteeId: matches.menteeParticipantId,
      status: matches.status,
    })
    .from(matches)
    .where(eq(matches.programId, programId));
  const state: ProgramMatchState = { openPerMentor: new Map(), menteesWithOpenMatch: new Set(), endedPairs: new Set() };
  for (const row of rows) {
    if (row.status === 'proposed' || row.status === 'active') {
      state.openPerMentor.set(row.mentorId, (state.openPerMentor.get(row.mentorId) ?? 0) + 1);
      state.menteesWithOpenMatch.add(row.menteeId);
    } else {
      state.endedPairs.add(pairKey(row.menteeId, row.mentorId));
    }
  }
  return state;
}

/** One mentor's proposed and active matches, counted inside the caller's lock on the mentor. */
export async function countOpenMatchesOfMentor(tx: Tx, mentorId: string): Promise<number> {
  const rows = await tx
    .select({ id: matches.id })
    .from(matches)
    .where(and(eq(matches.mentorParticipantId, mentorId), inArray(matches.status, ['proposed', 'active'])));
  return rows.length;
}
