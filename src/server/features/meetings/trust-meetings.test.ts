import { describe, expect, it } from 'vitest';
import type { MeetingRow } from './tables.ts';
import { toTrustMeetings } from './trust-meetings.ts';

const at = (iso: string) => new Date(iso);
function meeting(overrides: Partial<MeetingRow>): MeetingRow {
  return {
    id: 'm',
    organizationId: 'o',
    programId: 'p',
    matchId: 'x',
    seriesId: null,
    occurrenceStart: null,
    startsAt: at('2027-01-05T16:00:00Z'),
    endsAt: at('2027-01-05T16:45:00Z'),
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
    createdBy: 'u',
    createdAt: at('2027-01-01T00:00:00Z'),
    updatedAt: at('2027-01-01T00:00:00Z'),
    ...overrides,
  };
}

describe('the Trust Index view of meetings', () => {
  it('keeps a held meeting’s ratings and counts a disputed one as not held', () => {
    const [held, disputed] = toTrustMeetings([
      meeting({ status: 'held', feltHeard: 4, mentorSharedExperience: true }),
      meeting({ status: 'disputed', feltHeard: 2, mentorAttendance: 'met', menteeAttendance: 'they-did-not-come' }),
    ]);
    expect(held).toEqual({
      startsAt: '2027-01-05T16:00:00.000Z',
      status: 'held',
      cancelledBy: null,
      cancelledAt: null,
      noShowBy: null,
      feltHeard: 4,
      mentorSharedExperience: true,
    });
    expect(disputed).toMatchObject({ status: 'scheduled', feltHeard: null, mentorSharedExperience: false });
  });

  it('names who cancelled and who did not come, a no-show by both counting against the mentor', () => {
    const rows = toTrustMeetings([
      meeting({ status: 'cancelled', cancelledBy: 'mentor', cancelledAt: at('2027-01-05T10:00:00Z') }),
      meeting({ status: 'no-show', noShowBy: 'both' }),
      meeting({ status: 'no-show', noShowBy: 'mentee' }),
    ]);
    expect(rows.map((r) => [r.status, r.cancelledBy, r.cancelledAt, r.noShowBy])).toEqual([
      ['cancelled', 'mentor', '2027-01-05T10:00:00.000Z', null],
      ['no-show', null, null, 'mentor'],
      ['no-show', null, null, 'mentee'],
    ]);
  });
});
