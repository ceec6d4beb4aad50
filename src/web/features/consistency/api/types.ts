// Shapes of the consistency API (src/server/features/meetings/consistency-routes.ts): counts only, no content.

export const meetingStatuses = ['scheduled', 'held', 'cancelled', 'no-show', 'disputed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** A figure split by who it was down to. */
export interface ByWhom {
  mentor: number;
  mentee: number;
}

export interface ConsistencyFigures {
  cadenceDays: number;
  expected: number;
  held: number;
  /** Held over expected, 0–1; null before any meeting was expected. */
  adherence: number | null;
  upcoming: number;
  awaitingConfirmation: number;
  disputed: number;
  cancelled: ByWhom;
  lateChanges: ByWhom;
  noShows: ByWhom;
  commitments: { due: number; keptOnTime: number; overdue: number; open: number };
  mentorResponses: { answered: number; pending: number; medianHours: number | null };
}

export interface PersonRef {
  participantId: string;
  name: string;
}

export interface MatchConsistency {
  matchId: string;
  status: string;
  mentor: PersonRef;
  mentee: PersonRef;
  figures: ConsistencyFigures;
}

export interface ProgramMeeting {
  id: string;
  matchId: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: MeetingStatus;
  mentorName: string;
  menteeName: string;
}

export interface Reliability {
  matches: number;
  expected: number;
  held: number;
  adherence: number | null;
  lateChanges: number;
  noShows: number;
  /** Share of due commitments kept on time, 0–1; null when none were due. */
  commitmentsKeptOnTime: number | null;
  medianResponseHours: number | null;
}
