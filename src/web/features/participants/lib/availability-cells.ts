import { type WeekDay, type WeeklySlot, weekDays } from '../api/types.ts';

/** The week grid's step: one cell is half an hour. */
export const CELL_MINUTES = 30;
const DAY_MINUTES = 24 * 60;
export const CELLS_PER_DAY = DAY_MINUTES / CELL_MINUTES;

/** Minutes after midnight, start included and end excluded; an end of 1440 is midnight at the day's end. */
export interface MinuteRange {
  start: number;
  end: number;
}

/**
 * What one half-hour cell holds: nothing, all of it, or only parts of it. Parts come from a slot
 * that starts or ends off the half-hour (a CSV import can say `mon 15:15-16:45`); they are kept to
 * the minute so that saving the grid never moves anyone's times.
 */
export type CellValue = 'free' | 'available' | readonly MinuteRange[];

/** Each day's cells, midnight first (`CELLS_PER_DAY` of them). */
export type WeekCells = Readonly<Record<WeekDay, readonly CellValue[]>>;

export function emptyWeek(): WeekCells {
  return Object.fromEntries(weekDays.map((day) => [day, Array<CellValue>(CELLS_PER_DAY).fill('free')])) as Record<
    WeekDay,
    CellValue[]
  >;
}

/** Lays slots onto the grid. Overlapping or touching slots simply add up. */
export function slotsToCells(slots: readonly WeeklySlot[]): WeekCells {
  const week = emptyWeek() as Record<WeekDay, CellValue[]>;
  for (const slot of slots) {
    const start = minutesOf(slot.start);
    const end = slotEndMinutes(slot.end);
    // The server only stores slots that end after they start; anything else has no time to show.
    if (start === null || end === null || end <= start) continue;
    const cells = week[slot.day];
    for (let index = Math.floor(start / CELL_MINUTES); index * CELL_MINUTES < end; index += 1) {
      const cellStart = index * CELL_MINUTES;
      const part = { start: Math.max(start, cellStart), end: Math.min(end, cellStart + CELL_MINUTES) };
      cells[index] = withPart(cells[index] ?? 'free', part, cellStart);
    }
  }
  return week;
}

/**
 * The grid as slots: each run of available time becomes one slot, so the same availability
 * always gives the same slots (sorted by day and start, none touching another).
 */
export function cellsToSlots(week: WeekCells): WeeklySlot[] {
  return weekDays.flatMap((day) =>
    mergeRanges(week[day].flatMap(rangesOfCell)).map((range) => ({
      day,
      start: clockTime(range.start),
      end: slotEnd(range.end),
    })),
  );
}

/** Whether any of the cell's half hour is available. */
export const isMarked = (value: CellValue | undefined): boolean => value !== undefined && value !== 'free';

/** "15:30" for 930 minutes; "24:00" for the end of the day (for showing, not for saving). */
export function clockTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Sorted ranges with the overlapping and touching ones joined. */
export function mergeRanges(ranges: readonly MinuteRange[]): MinuteRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: MinuteRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function withPart(value: CellValue, part: MinuteRange, cellStart: number): CellValue {
  if (value === 'available') return value;
  const parts = mergeRanges(value === 'free' ? [part] : [...value, part]);
  const whole = parts.length === 1 && parts[0]?.start === cellStart && parts[0].end === cellStart + CELL_MINUTES;
  return whole ? 'available' : parts;
}

function rangesOfCell(value: CellValue, index: number): readonly MinuteRange[] {
  if (value === 'free') return [];
  if (value === 'available') return [{ start: index * CELL_MINUTES, end: (index + 1) * CELL_MINUTES }];
  return value;
}

function minutesOf(clock: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes < DAY_MINUTES ? minutes : null;
}

// The server's times stop at 23:59, so a slot that runs to midnight is saved as ending 23:59 and
// read back as running to the end of the day (else the last half hour could never be marked).
const END_OF_DAY = '23:59';

function slotEndMinutes(clock: string): number | null {
  return clock === END_OF_DAY ? DAY_MINUTES : minutesOf(clock);
}

function slotEnd(minutes: number): string {
  return minutes >= DAY_MINUTES ? END_OF_DAY : clockTime(minutes);
}
