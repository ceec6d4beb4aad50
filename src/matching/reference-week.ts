const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The Monday (UTC calendar) of the week holding `now`, as "YYYY-MM-DD": the default reference week. */
export function mondayOfWeek(now: Date): string {
  const day = Math.floor(now.getTime() / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting Monday as 0.
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return new Date((day - sinceMonday) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Why "YYYY-MM-DD" cannot start a reference week (not a calendar date, or not a Monday), or null.
 * The week runs Monday to Sunday from that date, so any other weekday would be ambiguous.
 */
export function referenceWeekProblem(date: string): string | null {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return `${date} is not a calendar date`;
  const weekday = new Date(ms).getUTCDay();
  if (weekday !== 1) return `${date} is a ${WEEKDAY_NAMES[weekday]}; the reference week starts on a Monday`;
  return null;
}

/** Milliseconds since the epoch of 00:00 UTC on the reference Monday. */
export function referenceWeekStartMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}
