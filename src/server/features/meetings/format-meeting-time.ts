/** "Tuesday 3 November, 16:00 (Europe/London)": a meeting time in the reader's own zone and language. */
export function formatMeetingTime(instant: Date, timeZone: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${text} (${timeZone})`;
}
