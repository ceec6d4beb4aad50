import { describe, expect, it } from 'vitest';
import {
  quietPeriodAt,
  reminderTimeAfter,
  reminderTimeBefore,
} from '../../src/server/features/notifications/quiet-hours.ts';

const night = { start: '21:00', end: '08:00' };
const london = 'Europe/London';
const utc = (iso: string) => new Date(`${iso}Z`);

describe('quiet hours', () => {
  it('finds the night an instant falls in, before and after midnight, and nothing by day', () => {
    expect(quietPeriodAt(utc('2026-12-01T22:00'), night, london)).toEqual({
      start: utc('2026-12-01T21:00'),
      end: utc('2026-12-02T08:00'),
    });
    expect(quietPeriodAt(utc('2026-12-02T07:59'), night, london)).toEqual({
      start: utc('2026-12-01T21:00'),
      end: utc('2026-12-02T08:00'),
    });
    expect(quietPeriodAt(utc('2026-12-02T08:00'), night, london)).toBeNull();
    expect(quietPeriodAt(utc('2026-12-02T20:59'), night, london)).toBeNull();
    expect(quietPeriodAt(utc('2026-12-02T13:30'), { start: '13:00', end: '14:00' }, london)).toEqual({
      start: utc('2026-12-02T13:00'),
      end: utc('2026-12-02T14:00'),
    });
    expect(quietPeriodAt(utc('2026-12-02T23:00'), null, london)).toBeNull();
  });

  it('reads the quiet hours in the person’s zone, across a DST change', () => {
    // New York falls back on 1 November 2026: that night lasts 12 hours, 01:00 to 13:00 UTC.
    expect(quietPeriodAt(utc('2026-11-01T05:00'), night, 'America/New_York')).toEqual({
      start: utc('2026-11-01T01:00'),
      end: utc('2026-11-01T13:00'),
    });
    // London springs forward on 28 March 2027: 21:00 GMT to 08:00 BST is 10 hours.
    expect(quietPeriodAt(utc('2027-03-28T03:00'), night, london)).toEqual({
      start: utc('2027-03-27T21:00'),
      end: utc('2027-03-28T07:00'),
    });
  });

  it('moves a reminder before a meeting to the minute before the quiet hours, never past the meeting', () => {
    const meeting = utc('2026-12-02T08:30');
    const wanted = utc('2026-12-02T07:30');
    expect(reminderTimeBefore(wanted, meeting, utc('2026-12-01T12:00'), night, london)).toEqual(
      utc('2026-12-01T20:59'),
    );
    // Planned at 22:00: the evening has gone, so the end of the night, still before the meeting.
    expect(reminderTimeBefore(wanted, meeting, utc('2026-12-01T22:00'), night, london)).toEqual(
      utc('2026-12-02T08:00'),
    );
    // A 07:45 meeting planned at 22:00: no good moment is left.
    expect(
      reminderTimeBefore(utc('2026-12-02T06:45'), utc('2026-12-02T07:45'), utc('2026-12-01T22:00'), night, london),
    ).toBeNull();
    expect(reminderTimeBefore(wanted, meeting, utc('2026-12-02T07:31'), night, london)).toBeNull();
    expect(
      reminderTimeBefore(utc('2026-12-02T15:00'), utc('2026-12-02T16:00'), utc('2026-12-01T12:00'), night, london),
    ).toEqual(utc('2026-12-02T15:00'));
  });

  it('lets what can wait wait until the quiet hours end', () => {
    expect(reminderTimeAfter(utc('2026-12-02T00:00'), night, london)).toEqual(utc('2026-12-02T08:00'));
    expect(reminderTimeAfter(utc('2026-12-02T16:45'), night, london)).toEqual(utc('2026-12-02T16:45'));
    expect(reminderTimeAfter(utc('2026-12-02T00:00'), null, london)).toEqual(utc('2026-12-02T00:00'));
  });
});
