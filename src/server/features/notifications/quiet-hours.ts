import { addDays, localToInstant, toLocalParts } from '../../lib/zoned-time.ts';

/** Local `HH:mm` times in a person's zone; the quiet period runs from start (quiet) to end (not). */
export interface QuietHours {
  start: string;
  end: string;
}

/**
 * The quiet period an instant falls in, as instants, or null when it is not quiet. A period
 * whose start is later than its end runs across midnight (21:00–08:00). Local times go through
 * the zone on the period's own dates, so a DST change inside the night is counted right.
 */
export function quietPeriodAt(
  instant: Date,
  quiet: QuietHours | null,
  timeZone: string,
): { start: Date; end: Date } | null {
  if (!quiet || quiet.start === quiet.end) return null;
  const { date, time } = toLocalParts(instant, timeZone);
  const at = (day: string, hhmm: string) => localToInstant(`${day}T${hhmm}`, timeZone);
  if (quiet.start < quiet.end) {
    return time >= quiet.start && time < quiet.end ? { start: at(date, quiet.start), end: at(date, quiet.end) } : null;
  }
  if (time >= quiet.start) return { start: at(date, quiet.start), end: at(addDays(date, 1), quiet.end) };
  if (time < quiet.end) return { start: at(addDays(date, -1), quiet.start), end: at(date, quiet.end) };
  return null;
}

const MINUTE = 60_000;

/**
 * When to send a reminder that must arrive before something (a meeting): its own time, or, inside
 * quiet hours, the last minute before they began; if that has already passed, the end of the
 * quiet hours, as long as that is still before `deadline`. Null when no good time is left.
 */
export function reminderTimeBefore(
  wanted: Date,
  deadline: Date,
  now: Date,
  quiet: QuietHours | null,
  timeZone: string,
): Date | null {
  if (wanted <= now) return null;
  const period = quietPeriodAt(wanted, quiet, timeZone);
  if (!period) return wanted;
  const earlier = new Date(period.start.getTime() - MINUTE);
  if (earlier > now) return earlier;
  return period.end < deadline ? period.end : null;
}

/** When to send something that may wait (a question after a meeting, a nudge): after quiet hours. */
export function reminderTimeAfter(wanted: Date, quiet: QuietHours | null, timeZone: string): Date {
  return quietPeriodAt(wanted, quiet, timeZone)?.end ?? wanted;
}
