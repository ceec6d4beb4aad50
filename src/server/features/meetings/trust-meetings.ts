import type { MeetingRow } from './tables.ts';

/** A meeting as TRUST.md's input names it (`meetings[]`). */
export interface TrustMeeting {
  startsAt: string;
  status: 'scheduled' | 'held' | 'cancelled' | 'no-show';
  cancelledBy: 'mentor' | 'mentee' | null;
  cancelledAt: string | null;
  noShowBy: 'mentor' | 'mentee' | null;
  feltHeard: number | null;
  mentorSharedExperience: boolean;
}

/**
 * The Trust Index's view of a match's meetings. A disputed meeting counts as not held until staff
 * resolve it, so it goes in as still scheduled; a no-show by both counts against the mentor, whose
 * reliability the consistency pillar measures. Cancellations without a side (the match was closed
 * by staff) are nobody's.
 */
export function toTrustMeetings(rows: MeetingRow[]): TrustMeeting[] {
  return rows.map((m) => ({
    startsAt: m.startsAt.toISOString(),
    status: m.status === 'disputed' ? 'scheduled' : m.status,
    cancelledBy: m.status === 'cancelled' ? m.cancelledBy : null,
    cancelledAt: m.status === 'cancelled' && m.cancelledAt ? m.cancelledAt.toISOString() : null,
    noShowBy: m.status === 'no-show' ? (m.noShowBy === 'mentee' ? 'mentee' : 'mentor') : null,
    feltHeard: m.status === 'held' ? m.feltHeard : null,
    mentorSharedExperience: m.status === 'held' && m.mentorSharedExperience === true,
  }));
}
