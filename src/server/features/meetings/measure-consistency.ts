import type { CommitmentDates } from '../commitments/list-commitment-dates.ts';
import type { MeetingRow, ProposalRow } from './tables.ts';

const DAY_MS = 86_400_000;

export interface ConsistencyFigures {
  cadenceDays: number;
  /** Meetings the rhythm asked for so far: whole cadences since the match started. */
  expected: number;
  held: number;
  /** held / expected, capped at 1; null until one meeting was due. */
  adherence: number | null;
  upcoming: number;
  awaitingConfirmation: number;
  disputed: number;
  cancelled: { mentor: number; mentee: number };
  lateChanges: { mentor: number; mentee: number };
  noShows: { mentor: number; mentee: number };
  commitments: { due: number; keptOnTime: number; overdue: number; open: number };
  /** Proposals by the mentee that the mentor answered, and the median hours they took. */
  mentorResponses: { answered: number; pending: number; medianHours: number | null };
}

/**
 * A match's consistency from its records, as of `now`: what coordinators and the mentor see.
 * Disputed meetings count as not held until resolved (issue 5).
 */
export function measureConsistency(input: {
  startedAt: Date;
  endedAt: Date | null;
  cadenceDays: number;
  now: Date;
  meetings: MeetingRow[];
  proposals: ProposalRow[];
  commitments: CommitmentDates[];
}): ConsistencyFigures {
  const { now, meetings } = input;
  const until = input.endedAt && input.endedAt < now ? input.endedAt : now;
  const expected = Math.max(0, Math.floor((until.getTime() - input.startedAt.getTime()) / DAY_MS / input.cadenceDays));
  const past = meetings.filter((m) => m.startsAt <= now);
  const count = (predicate: (m: MeetingRow) => boolean) => meetings.filter(predicate).length;
  const held = past.filter((m) => m.status === 'held').length;
  const answered = input.proposals.filter(
    (p) => p.proposedBy === 'mentee' && p.respondedAt && p.status !== 'withdrawn',
  );
  const hours = answered
    .map((p) => ((p.respondedAt as Date).getTime() - p.createdAt.getTime()) / 3_600_000)
    .sort((a, b) => a - b);
  const due = input.commitments.filter((c) => c.dueAt <= now);
  return {
    cadenceDays: input.cadenceDays,
    expected,
    held,
    adherence: expected > 0 ? Math.min(1, held / expected) : null,
    upcoming: count((m) => m.status === 'scheduled' && m.startsAt > now),
    awaitingConfirmation: past.filter((m) => m.status === 'scheduled').length,
    disputed: count((m) => m.status === 'disputed'),
    cancelled: {
      mentor: count((m) => m.status === 'cancelled' && m.cancelledBy === 'mentor'),
      mentee: count((m) => m.status === 'cancelled' && m.cancelledBy === 'mentee'),
    },
    lateChanges: {
      mentor: count((m) => m.lateChangeBy === 'mentor'),
      mentee: count((m) => m.lateChangeBy === 'mentee'),
    },
    noShows: {
      mentor: count((m) => m.status === 'no-show' && (m.noShowBy === 'mentor' || m.noShowBy === 'both')),
      mentee: count((m) => m.status === 'no-show' && (m.noShowBy === 'mentee' || m.noShowBy === 'both')),
    },
    commitments: {
      due: due.length,
      keptOnTime: due.filter((c) => c.completedAt && c.completedAt <= c.dueAt).length,
      overdue: due.filter((c) => !c.completedAt).length,
      open: input.commitments.filter((c) => !c.completedAt).length,
    },
    mentorResponses: {
      answered: answered.length,
      pending: input.proposals.filter((p) => p.proposedBy === 'mentee' && p.status === 'pending').length,
      medianHours: hours.length
        ? (hours[Math.floor((hours.length - 1) / 2)]! + hours[Math.ceil((hours.length - 1) / 2)]!) / 2
        : null,
    },
  };
}

export const cadenceDaysOf: Record<string, number> = { weekly: 7, fortnightly: 14, monthly: 28 };
