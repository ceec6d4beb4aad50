import { currentLanguage } from '../../../lib/i18n.ts';

export const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** An instant as a date and time where `timeZone` keeps its clocks, in the reader's language (24-hour, as the rhythm is written). */
export function formatInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}

/** Just the time of day of an instant in `timeZone` ("16:00"). */
export function timeInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}
