import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type WeekDay, type WeeklySlot, weekDays } from '../api/types.ts';
import {
  CELLS_PER_DAY,
  type CellValue,
  cellsToSlots,
  clockTime,
  slotsToCells,
  type WeekCells,
} from './availability-cells.ts';

const slot = (day: WeekDay, start: string, end: string): WeeklySlot => ({ day, start, end });
// The server's times stop at 23:59, which the grid reads as midnight at the end of the day.
const slotClock = (minutes: number) => (minutes === 1440 ? '23:59' : clockTime(minutes));

/** Slots as the grid saves them: sorted, none touching another, every boundary a multiple of `step`. */
function canonicalSlots(step: number): fc.Arbitrary<WeeklySlot[]> {
  // A boundary at 23:59 would be read back as 24:00, so minute-level slots avoid it.
  const boundary = fc.integer({ min: 0, max: 1440 / step }).filter((b) => b * step !== 1439);
  const day = fc.uniqueArray(boundary, { maxLength: 12 }).map((bs) => bs.sort((a, b) => a - b).map((b) => b * step));
  return fc
    .tuple(...weekDays.map(() => day))
    .map((days) =>
      days.flatMap((boundaries, dayIndex) =>
        boundaries.flatMap((start, i) =>
          i % 2 === 0 && boundaries[i + 1] !== undefined
            ? [slot(weekDays[dayIndex]!, slotClock(start), slotClock(boundaries[i + 1]!))]
            : [],
        ),
      ),
    );
}

/** Any half-hour-aligned slots, in any order, overlapping or touching. */
const alignedSlots = fc.array(
  fc
    .tuple(fc.constantFrom(...weekDays), fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 48 }))
    .filter(([, start, end]) => end > start)
    .map(([day, start, end]) => slot(day, slotClock(start * 30), slotClock(end * 30))),
  { maxLength: 20 },
);

/** Every available minute of the week, as "day minute". */
function minutesCovered(slots: WeeklySlot[]): Set<string> {
  const toMinutes = (clock: string) =>
    clock === '23:59' ? 1440 : Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
  const covered = new Set<string>();
  for (const s of slots) {
    for (let m = toMinutes(s.start); m < toMinutes(s.end); m += 1) covered.add(`${s.day} ${m}`);
  }
  return covered;
}

const cellsOf = (week: WeekCells, day: WeekDay) =>
  week[day].flatMap((value, index) => (value === 'free' ? [] : [[index, value] as const]));

describe('slotsToCells', () => {
  it('marks the half hours a slot covers', () => {
    const week = slotsToCells([slot('mon', '15:00', '17:00')]);
    expect(cellsOf(week, 'mon')).toEqual([
      [30, 'available'],
      [31, 'available'],
      [32, 'available'],
      [33, 'available'],
    ]);
    expect(weekDays.filter((day) => day !== 'mon').flatMap((day) => cellsOf(week, day))).toEqual([]);
  });

  it('keeps the minutes of a slot off the half hour as parts of its first and last cells', () => {
    const week = slotsToCells([slot('wed', '15:15', '16:45')]);
    expect(cellsOf(week, 'wed')).toEqual([
      [30, [{ start: 915, end: 930 }]],
      [31, 'available'],
      [32, 'available'],
      [33, [{ start: 990, end: 1005 }]],
    ]);
    expect(cellsToSlots(week)).toEqual([slot('wed', '15:15', '16:45')]);
  });

  it('reads a slot ending at 23:59 as running to midnight, and saves it the same way', () => {
    const week = slotsToCells([slot('sun', '23:00', '23:59')]);
    expect(cellsOf(week, 'sun')).toEqual([
      [46, 'available'],
      [47, 'available'],
    ]);
    expect(cellsToSlots(week)).toEqual([slot('sun', '23:00', '23:59')]);
  });

  it('makes a cell whole when parts of it add up to the half hour', () => {
    const week = slotsToCells([slot('fri', '10:00', '10:10'), slot('fri', '10:10', '10:30')]);
    expect(cellsOf(week, 'fri')).toEqual([[20, 'available']]);
  });
});

describe('cellsToSlots', () => {
  it('joins touching and overlapping slots into one, sorted by day and start', () => {
    const slots = [slot('tue', '09:00', '10:00'), slot('mon', '16:00', '17:00'), slot('mon', '15:00', '16:30')];
    expect(cellsToSlots(slotsToCells(slots))).toEqual([slot('mon', '15:00', '17:00'), slot('tue', '09:00', '10:00')]);
  });

  it('round-trips half-hour-aligned slots through the grid', () => {
    fc.assert(
      fc.property(canonicalSlots(30), (slots) => {
        expect(cellsToSlots(slotsToCells(slots))).toEqual(slots);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips slots on any minute through the grid', () => {
    fc.assert(
      fc.property(canonicalSlots(1), (slots) => {
        expect(cellsToSlots(slotsToCells(slots))).toEqual(slots);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps exactly the time of any aligned slots, however they overlap', () => {
    fc.assert(
      fc.property(alignedSlots, (slots) => {
        const saved = cellsToSlots(slotsToCells(slots));
        expect(minutesCovered(saved)).toEqual(minutesCovered(slots));
        for (const [i, s] of saved.entries()) {
          expect(s.start < s.end).toBe(true);
          const next = saved[i + 1];
          if (next?.day === s.day) expect(s.end < next.start).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any grid of whole half hours through slots', () => {
    const day = fc.array(fc.constantFrom<CellValue>('free', 'available'), {
      minLength: CELLS_PER_DAY,
      maxLength: CELLS_PER_DAY,
    });
    const grid = fc
      .tuple(...weekDays.map(() => day))
      .map((days) => Object.fromEntries(weekDays.map((d, i) => [d, days[i]!])) as unknown as WeekCells);
    fc.assert(
      fc.property(grid, (week) => {
        expect(slotsToCells(cellsToSlots(week))).toEqual(week);
      }),
      { numRuns: 300 },
    );
  });
});
