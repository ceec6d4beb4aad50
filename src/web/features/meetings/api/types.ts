// The shapes of the schedule API (src/server/features/meetings/schedule-presenters.ts).

export type MatchSide = 'mentor' | 'mentee';
export const meetingStatuses = ['scheduled', 'held', 'cancelled', 'no-show', 'disputed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const attendanceAnswers = ['met', 'they-did-not-come', 'i-could-not-come'] as const;
export type AttendanceAnswer = (typeof attendanceAnswers)[number];

export interface Meeting {
  id: string;
  matchId: string;
  seriesId: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  local: { date: string; time: string; weekday: number };
  location: string | null;
  videoUrl: string | null;
  status: MeetingStatus;
  cancelledBy: MatchSide | null;
  cancelReason: string | null;
  lateChangeBy: MatchSide | null;
  mentorAttendance: AttendanceAnswer | null;
  menteeAttendance: AttendanceAnswer | null;
  noShowBy: MatchSide | 'both' | null;
  resolvedAt: string | null;
  feltHeard: number | null;
  mentorSharedExperience: boolean | null;
  awaitingMyAttendance: boolean;
}

export interface Proposal {
  id: string;
  meetingId: string | null;
  proposedBy: MatchSide;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string | null;
  videoUrl: string | null;
  reason: string | null;
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'superseded';
  createdAt: string;
  respondedAt: string | null;
  responseReason: string | null;
}

export interface Series {
  id: string;
  timeZone: string;
  intervalWeeks: number;
  firstLocalStart: string;
  untilLocalDate: string;
  durationMinutes: number;
  weekday: number;
  localTime: string;
  location: string | null;
  videoUrl: string | null;
}

export interface SchedulePerson {
  participantId: string;
  name: string;
  timeZone: string;
}

export interface ScheduleEvent {
  id: string;
  kind: string;
  actorRole: string;
  meetingId: string | null;
  detail: Record<string, string | number | boolean | null>;
  at: string;
}

export interface Schedule {
  matchId: string;
  matchStatus: string;
  /** Null for program staff. */
  mySide: MatchSide | null;
  startedAt: string | null;
  programEndsOn: string;
  programCadence: { frequency: 'weekly' | 'fortnightly' | 'monthly'; minutes: number };
  mentor: SchedulePerson;
  mentee: SchedulePerson;
  series: Series | null;
  meetings: Meeting[];
  proposals: Proposal[];
  events: ScheduleEvent[];
}

/** Where and when a meeting is, as the forms send it: a local start in a zone. */
export interface MeetingPlace {
  location?: string | null;
  videoUrl?: string | null;
}

export const scheduleKey = (matchId: string) => ['matches', matchId, 'schedule'] as const;
