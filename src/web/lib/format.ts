import { currentLanguage } from './i18n.ts';

/** A calendar date ("2026-09-01") shown in the reader's language, with no time-zone shift. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** An instant shown in the reader's language and local time. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The calendar day of an instant, in the reader's language and local time ("26 Nov 2026"). */
export function formatDayOf(iso: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(new Date(iso));
}

/** Today as "YYYY-MM-DD" in local time, and the same date some months on. */
export function isoDateInMonths(months: number, from = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth() + months, from.getDate());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

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
