import { describe, expect, it } from 'vitest';
import { parseAvailability } from './parse-availability.ts';

describe('parseAvailability', () => {
  it('reads slots separated by semicolons, sorted by day and start', () => {
    expect(parseAvailability('wed 16:00-18:00; mon 15:00-17:00;; Mon 9:30 - 10:00 ;')).toEqual({
      slots: [
        { day: 'mon', start: '09:30', end: '10:00' },
        { day: 'mon', start: '15:00', end: '17:00' },
        { day: 'wed', start: '16:00', end: '18:00' },
      ],
      problems: [],
    });
  });

  it('reads an empty cell as no availability', () => {
    expect(parseAvailability('')).toEqual({ slots: [], problems: [] });
    expect(parseAvailability(' ; ')).toEqual({ slots: [], problems: [] });
  });

  it('accepts slots that touch without overlapping', () => {
    expect(parseAvailability('sun 10:00-11:00; sun 11:00-12:00').problems).toEqual([]);
  });

  it('names every malformed slot with the reason', () => {
    expect(
      parseAvailability(
        'tue 9-10; monday 10:00-11:00; fri 24:00-25:00; sat 10:60-11:00; thu 17:00-15:00; sun 10:00-10:00',
      ).problems,
    ).toEqual([
      '"tue 9-10" is not a day and time range like "mon 15:00-17:00"',
      '"monday 10:00-11:00" has an unknown day; use one of mon, tue, wed, thu, fri, sat, sun',
      '"fri 24:00-25:00" has a time outside 00:00-23:59',
      '"sat 10:60-11:00" has a time outside 00:00-23:59',
      '"thu 17:00-15:00" ends before it starts',
      '"sun 10:00-10:00" ends before it starts',
    ]);
  });

  it('reports overlaps within a day, including with a long slot that is not adjacent', () => {
    expect(parseAvailability('mon 10:00-18:00; mon 11:00-12:00; mon 13:00-14:00; tue 13:00-14:00').problems).toEqual([
      '"mon 11:00-12:00" overlaps "mon 10:00-18:00"',
      '"mon 13:00-14:00" overlaps "mon 10:00-18:00"',
    ]);
  });

  it('does not treat the same hours on different days as overlapping', () => {
    expect(parseAvailability('mon 10:00-12:00; tue 10:00-12:00; wed 11:00-13:00').problems).toEqual([]);
  });
});
