/** "Tuesday 3 November" for a local `YYYY-MM-DD`, in the reader's language. */
export function formatDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}
