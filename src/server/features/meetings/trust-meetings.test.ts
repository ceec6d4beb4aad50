import { describe, expect, it } from 'vitest';
import { meetingRow } from '../../../../test/meetings/meeting-row.ts';
import { toTrustMeetings } from './trust-meetings.ts';

const at = (iso: string) => new Date(iso);

describe('the Trust Index view of meetings', () => {
  it('keeps a held meeting’s ratings and counts a disputed one as not held', () => {
    const [held, disputed] = toTrustMeetings([
      meetingRow({ status: 'held', feltHeard: 4, mentorSharedExperience: true }),
      meetingRow({ status: 'disputed', feltHeard: 2, mentorAttendance: 'met', menteeAttendance: 'they-did-not-come' }),
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
      meetingRow({ status: 'cancelled', cancelledBy: 'mentor', cancelledAt: at('2027-01-05T10:00:00Z') }),
      meetingRow({ status: 'no-show', noShowBy: 'both' }),
      meetingRow({ status: 'no-show', noShowBy: 'mentee' }),
    ]);
    expect(rows.map((r) => [r.status, r.cancelledBy, r.cancelledAt, r.noShowBy])).toEqual([
      ['cancelled', 'mentor', '2027-01-05T10:00:00.000Z', null],
      ['no-show', null, null, 'mentor'],
      ['no-show', null, null, 'mentee'],
    ]);
  });
});
