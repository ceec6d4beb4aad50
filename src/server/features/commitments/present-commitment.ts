import type { DataKey } from '../../lib/crypto.ts';
import type { ScheduleMatch } from '../meetings/schedule-match.ts';
import type { MatchSideName } from '../meetings/tables.ts';
import { dueDateOf } from './commitment-due.ts';
import { openCommitmentText } from './commitment-text.ts';
import type { CommitmentRow } from './tables.ts';

/** What program staff see of a commitment: whether it was kept, never what it was. */
export interface StaffCommitment {
  id: string;
  owner: MatchSideName;
  dueDate: string;
  dueAt: string;
  completedAt: string | null;
  keptOnTime: boolean | null;
  overdue: boolean;
}

/** What the pair see: also the words, and what the viewer may do with it. */
export interface PairCommitment extends StaffCommitment {
  /** Null when the match's key was destroyed (the words were erased). */
  text: string | null;
  createdBy: MatchSideName;
  createdAt: string;
  canComplete: boolean;
  canDelete: boolean;
}

function creatorSide(found: ScheduleMatch, row: CommitmentRow): MatchSideName {
  return row.createdBy === found.mentor.userId ? 'mentor' : 'mentee';
}

export function presentForStaff(found: ScheduleMatch, row: CommitmentRow, now: Date): StaffCommitment {
  const creator = creatorSide(found, row) === 'mentor' ? found.mentor : found.mentee;
  const isOpen = row.completedAt === null;
  return {
    id: row.id,
    owner: row.owner,
    dueDate: dueDateOf(row.dueAt, creator.timeZone),
    dueAt: row.dueAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    // Kept on time: done by the due instant. Open and past due: not kept. Open and not due yet: unknown.
    keptOnTime: isOpen ? (now >= row.dueAt ? false : null) : row.completedAt! <= row.dueAt,
    overdue: isOpen && now >= row.dueAt,
  };
}

export function presentForPair(
  found: ScheduleMatch,
  row: CommitmentRow,
  key: DataKey | undefined,
  now: Date,
): PairCommitment {
  const viewer = found.side;
  const isOpen = row.completedAt === null;
  const isActive = found.match.status === 'active';
  const createdBy = creatorSide(found, row);
  return {
    ...presentForStaff(found, row, now),
    text: key ? openCommitmentText(key, row.id, row.text) : null,
    createdBy,
    createdAt: row.createdAt.toISOString(),
    canComplete: isActive && isOpen && viewer === row.owner,
    canDelete: isActive && isOpen && viewer === createdBy,
  };
}
