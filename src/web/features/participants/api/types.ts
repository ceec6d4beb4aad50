// The participant shapes the server returns (src/server/features/participants/presenters.ts).

export const participantStatuses = [
  'applied',
  'screening',
  'training',
  'ready',
  'active',
  'closed',
  'withdrawn',
  'awaiting_guardian',
  'paused',
] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];
export const participantRoles = ['mentor', 'mentee'] as const;
export type ParticipantRole = (typeof participantRoles)[number];
export const weekDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof weekDays)[number];

export interface WeeklySlot {
  day: WeekDay;
  start: string;
  end: string;
}

export interface ParticipationSettings {
  programId: string;
  mentorApplicationsOpen: boolean;
  menteeApplicationsOpen: boolean;
  guardianConsentAge: number;
}

export interface ParticipantSummary {
  id: string;
  programId: string;
  userId: string;
  role: ParticipantRole;
  status: ParticipantStatus;
  heldStatus: ParticipantStatus | null;
  /** Where staff may move the participant next. */
  nextStatuses: ParticipantStatus[];
  timeZone: string;
  birthDate: string | null;
  gender: string | null;
  languages: string[];
  interests: string[];
  goals: string[];
  strengths: string[];
  availability: WeeklySlot[];
  capacity: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface TimelineEntry {
  id: string;
  from: ParticipantStatus | null;
  to: ParticipantStatus;
  by: { userId: string; name: string } | null;
  reason: string | null;
  at: string;
}

export interface ParticipantRow extends ParticipantSummary {
  name: string;
  /** Null for accounts with a username only. */
  email: string | null;
  username: string | null;
}

export interface Participant extends ParticipantRow {
  timeline: TimelineEntry[];
}

export interface ParticipantList {
  rows: ParticipantRow[];
  /** Rows matching the filters. */
  total: number;
  /** The whole program, whatever the filters. */
  counts: {
    total: number;
    byStatus: Record<ParticipantStatus, number>;
    byRole: Record<ParticipantRole, number>;
  };
}

export interface MyParticipation extends ParticipantSummary {
  programName: string;
}

export interface ParticipantFilters {
  role?: ParticipantRole;
  status?: ParticipantStatus;
  language?: string;
  availabilityDay?: WeekDay;
  trainingDone?: 'true' | 'false';
  screeningExpiring?: 'true' | 'false';
  search?: string;
}
