import type { ParticipantStatus } from '../../server/features/participants/tables.ts';

// Where each demo participant stands, fixed by their place in the cast, so every demo shows a
// few people in each status, minors with and without their guardian's consent, and a mentor
// whose screening is about to run out.

export type DemoStatus = Exclude<ParticipantStatus, 'closed'>;

export interface ParticipantPlan {
  status: DemoStatus;
  /** Whole years old today (a month past the birthday, so the age is not on the edge). */
  age: number;
  /** Minors only: whether their guardian has consented yet. */
  guardian: 'confirmed' | 'awaiting' | null;
  /** Mentors only: a screening check that expires within days. */
  isScreeningExpiring: boolean;
  /** Experiences kept from staff (they see that one exists, not which). */
  isPrivate: boolean;
}

// Cycled through by position, most common statuses first; mentors have screening, mentees do not.
const mentorStatuses: readonly DemoStatus[] = [
  'active',
  'active',
  'active',
  'active',
  'ready',
  'ready',
  'training',
  'training',
  'training',
  'screening',
  'screening',
  'applied',
  'applied',
  'withdrawn',
  'paused',
];
const menteeStatuses: readonly DemoStatus[] = [
  'applied',
  'training',
  'active',
  'applied',
  'training',
  'ready',
  'applied',
  'training',
  'active',
];

/** The demo's minors: the first six mentees, two still waiting for a guardian. */
const MINORS = 6;
const AWAITING_GUARDIAN = 2;

export function planFor(role: 'mentor' | 'mentee', index: number, guardianConsentAge: number): ParticipantPlan {
  const isPrivate = index % 3 === 2;
  if (role === 'mentor') {
    return {
      status: mentorStatuses[index % mentorStatuses.length] as DemoStatus,
      age: guardianConsentAge + 4 + (index % 5),
      guardian: null,
      isScreeningExpiring: index === 0,
      isPrivate,
    };
  }
  if (index < MINORS) {
    const isAwaiting = index < AWAITING_GUARDIAN;
    return {
      status: isAwaiting ? 'awaiting_guardian' : (menteeStatuses[index] as DemoStatus),
      age: guardianConsentAge - 1,
      guardian: isAwaiting ? 'awaiting' : 'confirmed',
      isScreeningExpiring: false,
      isPrivate,
    };
  }
  const status = index === 43 ? 'withdrawn' : index === 44 ? 'paused' : menteeStatuses[index % menteeStatuses.length];
  return {
    status: status as DemoStatus,
    age: guardianConsentAge + (index % 3),
    guardian: null,
    isScreeningExpiring: false,
    isPrivate,
  };
}

/** The staff moves from `applied` to the planned status (holds come from a status they pause). */
export function movesTo(role: 'mentor' | 'mentee', status: DemoStatus): ParticipantStatus[] {
  const path: ParticipantStatus[] =
    role === 'mentor' ? ['screening', 'training', 'ready', 'active'] : ['training', 'ready', 'active'];
  if (status === 'applied' || status === 'awaiting_guardian') return [];
  if (status === 'withdrawn') return ['withdrawn'];
  if (status === 'paused') return [...path.slice(0, path.indexOf('training') + 1), 'paused'];
  return path.slice(0, path.indexOf(status) + 1);
}

/** A birth date `age` years and a month before `today` (YYYY-MM-DD). */
export function birthDateFor(today: Date, age: number): string {
  const date = new Date(Date.UTC(today.getUTCFullYear() - age, today.getUTCMonth() - 1, 15));
  return date.toISOString().slice(0, 10);
}
