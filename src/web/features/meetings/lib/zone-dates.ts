// Dates and spans in a time zone, without the reader's language (so they test alone).

/** Today's date (`YYYY-MM-DD`) in `timeZone`, `days` on. */
export function dateInZone(timeZone: string, days = 0, from = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(new Date(from.getTime() + days * 86_400_000));
  return parts;
}

/** Whether the meeting starts within a day (changing it now counts as late). */
export const isWithinADay = (startsAt: string, now = Date.now()): boolean =>
  new Date(startsAt).getTime() - now < 24 * 3_600_000;

/** The browser's own time zone. */
export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
