import { addDays, localToInstant } from '../../lib/zoned-time.ts';

export interface SeriesRule {
  firstLocalStart: string;
  timeZone: string;
  intervalWeeks: number;
  untilLocalDate: string;
  durationMinutes: number;
}

export interface Occurrence {
  /** The start the rule gives (iCalendar RECURRENCE-ID). */
  occurrenceStart: Date;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Every occurrence of a weekly rule, at the same local wall time in the anchoring zone (so it
 * moves in UTC when that zone changes its clocks, and not when the other person's does).
 */
export function expandSeries(rule: SeriesRule): Occurrence[] {
  const [firstDate, time] = rule.firstLocalStart.split('T') as [string, string];
  const occurrences: Occurrence[] = [];
  for (let date = firstDate; date <= rule.untilLocalDate; date = addDays(date, 7 * rule.intervalWeeks)) {
    const startsAt = localToInstant(`${date}T${time}`, rule.timeZone);
    occurrences.push({
      occurrenceStart: startsAt,
      startsAt,
      endsAt: new Date(startsAt.getTime() + rule.durationMinutes * 60_000),
    });
  }
  return occurrences;
}

const byDay = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The RRULE a calendar needs to produce the same occurrences (UNTIL as the end of the last local day, in UTC). */
export function seriesRrule(rule: SeriesRule, weekday: number): string {
  const untilInstant = localToInstant(`${rule.untilLocalDate}T23:59`, rule.timeZone);
  const until = `${untilInstant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  return `FREQ=WEEKLY;INTERVAL=${rule.intervalWeeks};BYDAY=${byDay[weekday]};UNTIL=${until}`;
}
