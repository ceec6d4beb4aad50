import type { MeetingRow } from '../../src/server/features/meetings/tables.ts';

const at = new Date('2027-01-01T00:00:00Z');

/** A meeting row for the pure parts' tests: scheduled, unanswered, with whatever is overridden. */
export function meetingRow(fields: Partial<MeetingRow> = {}): MeetingRow {
  return {
    id: '01900000-0000-7000-8000-000000000100',
    organizationId: '01900000-0000-7000-8000-0000000000aa',
    programId: '01900000-0000-7000-8000-0000000000bb',
    matchId: '01900000-0000-7000-8000-0000000000cc',
    seriesId: null,
    occurrenceStart: null,
    startsAt: new Date('2027-01-05T16:00:00Z'),
    endsAt: new Date('2027-01-05T16:45:00Z'),
    timeZone: 'Europe/London',
    location: null,
    videoUrl: null,
    status: 'scheduled',
    cancelledBy: null,
    cancelledAt: null,
    cancelReason: null,
    lateChangeBy: null,
    mentorAttendance: null,
    menteeAttendance: null,
    mentorConfirmedAt: null,
    menteeConfirmedAt: null,
    feltHeard: null,
    mentorSharedExperience: null,
    noShowBy: null,
    resolvedBy: null,
    resolvedAt: null,
    sequence: 0,
    createdBy: '01900000-0000-7000-8000-0000000000dd',
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}
