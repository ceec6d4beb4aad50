import { describe, expect, it } from 'vitest';
import type { Schedule } from '../api/types.ts';
import { allowedIntervals, scheduleView } from './schedule-view.ts';
import { dateInZone, isWithinADay } from './zone-dates.ts';

const person = (name: string, timeZone: string) => ({ participantId: name, name, timeZone });
const schedule = (mySide: Schedule['mySide'], matchStatus = 'active'): Schedule => ({
  matchId: 'm1',
  matchStatus,
  mySide,
  startedAt: null,
  programEndsOn: '2027-06-30',
  programCadence: { frequency: 'weekly', minutes: 45 },
  mentor: person('Ben', 'Europe/London'),
  mentee: person('Cal', 'America/New_York'),
  series: null,
  meetings: [],
  proposals: [],
  events: [],
});

describe('scheduleView', () => {
  it('shows each of the pair their own zone and lets them change an active match', () => {
    const view = scheduleView(schedule('mentee'));
    expect(view.readerZone).toBe('America/New_York');
    expect(view.canChange).toBe(true);
    expect(view.otherSide).toBe('mentor');
    expect(view.nameOf('mentor')).toBe('Ben');
  });

  it('keeps staff and closed matches read only', () => {
    expect(scheduleView(schedule(null)).canChange).toBe(false);
    expect(scheduleView(schedule(null)).otherSide).toBeNull();
    expect(scheduleView(schedule('mentor', 'closed')).canChange).toBe(false);
  });
});

describe('allowedIntervals', () => {
  it('offers no rhythm sparser than the program expects', () => {
    expect(allowedIntervals('weekly')).toEqual([1]);
    expect(allowedIntervals('fortnightly')).toEqual([1, 2]);
    expect(allowedIntervals('monthly')).toEqual([1, 2, 4]);
  });
});

describe('meeting times', () => {
  it('gives the date where the zone keeps its clocks', () => {
    const lateEveningInNewYork = new Date('2026-11-04T03:30:00Z');
    expect(dateInZone('America/New_York', 0, lateEveningInNewYork)).toBe('2026-11-03');
    expect(dateInZone('Europe/London', 0, lateEveningInNewYork)).toBe('2026-11-04');
    expect(dateInZone('Europe/London', 7, lateEveningInNewYork)).toBe('2026-11-11');
  });

  it('says a change under 24 hours before the start is late', () => {
    const now = Date.parse('2026-11-03T12:00:00Z');
    expect(isWithinADay('2026-11-04T11:59:00Z', now)).toBe(true);
    expect(isWithinADay('2026-11-04T12:00:00Z', now)).toBe(false);
  });
});
