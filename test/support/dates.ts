// Dates for test worlds, relative to the day the tests run: a test world made of fixed dates
// passes until the day its program ends, then fails for no reason a reader could see.

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD", `days` from today (UTC). */
export const isoDayFromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** "YYYY-MM-DD", `days` after `date`. */
export const isoDayAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A program's dates that hold today whenever the tests run: from three months ago to eight months ahead. */
export const PROGRAM_DATES = { startsOn: isoDayFromToday(-90), endsOn: isoDayFromToday(240) };

/**
 * The next autumn whose clock changes are all ahead (the first of them at least three weeks
 * away): London's clocks go back on the last Sunday of October, New York's a week later, on the
 * first Sunday of November. `day(k)` is the date k days after London's change; London's is a
 * Sunday, so `day(2)` is the Tuesday between the two changes and `day(-5)` the Tuesday before.
 */
export function nextAutumn(): { day: (offset: number) => string; compact: (offset: number) => string } {
  const today = Date.now();
  for (let year = new Date(today).getUTCFullYear(); ; year++) {
    // The last Sunday of October: 31 October, stepped back to a Sunday.
    const lastOfOctober = Date.UTC(year, 9, 31);
    const londonChange = lastOfOctober - new Date(lastOfOctober).getUTCDay() * DAY_MS;
    if (londonChange - 21 * DAY_MS < today) continue;
    const day = (offset: number) => new Date(londonChange + offset * DAY_MS).toISOString().slice(0, 10);
    return { day, compact: (offset) => day(offset).replaceAll('-', '') };
  }
}
