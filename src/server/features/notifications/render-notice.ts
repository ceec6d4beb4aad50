import { serverI18n, translate } from '../../lib/i18n.ts';
import { dueDateOf } from '../commitments/commitment-due.ts';
import { formatMeetingTime } from '../meetings/format-meeting-time.ts';
import { formatDay } from './format-day.ts';

type NoticeData = Record<string, string | number | null>;

/**
 * A notice's sentence in the reader's language and zone, built from its kind and data when it is
 * read (a notice stores ids, names and times, never a sentence): a reader who changes language
 * or zone sees their notices in the new one.
 */
export function renderNotice(kind: string, data: NoticeData, locale: string, timeZone: string): string {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
  const startsAt = text('startsAt');
  const dueDate = text('dueDate') || (text('dueAt') ? dueDateOf(new Date(text('dueAt')), timeZone) : '');
  const vars: Record<string, string> = {
    other: text('other'),
    mentee: text('mentee'),
    mentor: text('mentor'),
    days: String(data.days ?? ''),
    when: startsAt ? formatMeetingTime(new Date(startsAt), timeZone, locale) : '',
    due: dueDate ? formatDay(dueDate, locale) : '',
    answer: text('answer') ? translate(locale, `proposalAnswers.${text('answer')}`) : '',
  };
  const key = `notices.${kind}`;
  return translate(locale, serverI18n().exists(key) ? key : 'notices.other', vars);
}
