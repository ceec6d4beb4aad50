/**
 * Wall-clock time in an IANA zone, by Intl alone. Meetings are agreed in local time ("Tuesdays
 * 16:00 in London") and stored as instants, so these two conversions are where DST is handled.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface LocalParts {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
  /** 0 Sunday … 6 Saturday */
  weekday: number;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The local date, time and weekday of an instant in a zone. */
export function toLocalParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: weekdays.indexOf(parts.weekday ?? ''),
  };
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instantMs: number, timeZone: string): number {
  const p = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instantMs))
      .map((x) => [x.type, x.value]),
  );
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a local `YYYY-MM-DDTHH:mm` names in a zone. A time the clocks skip (spring forward)
 * moves forward by the gap, as calendars do; a time that happens twice (fall back) is the first.
 */
export function localToInstant(local: string, timeZone: string): Date {
  const m = localPattern.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  // Two candidates: the offsets just before and just after. The earlier valid one wins.
  const before = offsetMinutes(wall - 36 * 3_600_000, timeZone);
  const after = offsetMinutes(wall + 36 * 3_600_000, timeZone);
  const candidates = [wall - before * 60_000, wall - after * 60_000].sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (candidate + offsetMinutes(candidate, timeZone) * 60_000 === wall) return new Date(candidate);
  }
  // In a gap: neither maps back. Keep the wall time's distance from the earlier offset.
  return new Date(wall - before * 60_000);
}

/** `YYYY-MM-DD` plus n days, calendar arithmetic with no zone involved. */
export function addDays(date: string, days: number): string {
  const [y, mo, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d! + days)).toISOString().slice(0, 10);
}

export function isLocalDateTime(value: string): boolean {
  const m = localPattern.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!));
  return date.toISOString().slice(0, 16) === value;
}
