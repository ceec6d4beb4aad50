import type { WeeklySlot } from '../tables.ts';

export const weekDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies WeeklySlot['day'][];

const SLOT = /^(\S+)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/;

/**
 * Reads a weekly availability cell such as `mon 15:00-17:00; wed 16:00-18:00` (days mon..sun,
 * 24-hour times, `9:00` read as `09:00`). Slots come back sorted by day and start so that the same
 * availability written in another order compares equal. Every bad slot gets its own problem.
 */
export function parseAvailability(text: string): { slots: WeeklySlot[]; problems: string[] } {
  const slots: WeeklySlot[] = [];
  const problems: string[] = [];
  for (const item of text.split(';')) {
    const written = item.trim();
    if (written === '') continue;
    const slot = readSlot(written.toLowerCase());
    if (typeof slot === 'string') problems.push(`"${written}" ${slot}`);
    else slots.push(slot);
  }
  slots.sort((a, b) => weekDays.indexOf(a.day) - weekDays.indexOf(b.day) || a.start.localeCompare(b.start));
  problems.push(...findOverlaps(slots));
  return { slots, problems };
}

/** A slot, or why it is not one. */
function readSlot(written: string): WeeklySlot | string {
  const match = SLOT.exec(written);
  if (!match) return 'is not a day and time range like "mon 15:00-17:00"';
  const [, day = '', startHour = '', startMinute = '', endHour = '', endMinute = ''] = match;
  if (!isWeekDay(day)) return `has an unknown day; use one of ${weekDays.join(', ')}`;
  const start = clockTime(startHour, startMinute);
  const end = clockTime(endHour, endMinute);
  if (start === null || end === null) return 'has a time outside 00:00-23:59';
  if (end <= start) return 'ends before it starts';
  return { day, start, end };
}

function isWeekDay(value: string): value is WeeklySlot['day'] {
  return (weekDays as readonly string[]).includes(value);
}

function clockTime(hour: string, minute: string): string | null {
  if (Number(hour) > 23 || Number(minute) > 59) return null;
  return `${hour.padStart(2, '0')}:${minute}`;
}

/** Overlaps within a day; slots are sorted, so each is checked against the latest-ending one before it. */
function findOverlaps(slots: WeeklySlot[]): string[] {
  const problems: string[] = [];
  let latest: WeeklySlot | undefined;
  for (const slot of slots) {
    if (latest?.day === slot.day && slot.start < latest.end) {
      problems.push(`"${describe(slot)}" overlaps "${describe(latest)}"`);
    }
    if (latest?.day !== slot.day || slot.end > latest.end) latest = slot;
  }
  return problems;
}

function describe(slot: WeeklySlot): string {
  return `${slot.day} ${slot.start}-${slot.end}`;
}
