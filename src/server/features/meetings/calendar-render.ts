import { ICalCalendar, type ICalEventData, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { translate } from '../../lib/i18n.ts';
import { expandSeries, seriesRrule } from './expand-series.ts';
import type { MeetingRow, SeriesRow } from './tables.ts';

/** One match as a person's calendar shows it: the other person, the rhythm and every meeting. */
export interface CalendarMatch {
  matchId: string;
  otherName: string;
  series: SeriesRow[];
  meetings: MeetingRow[];
}

export interface CalendarOptions {
  baseUrl: string;
  locale: string;
  /** DTSTAMP: when this copy was made. */
  now: Date;
}

const knownZones = new Set(tzlib_get_timezones() as string[]);

/**
 * The VTIMEZONE for a zone, from IANA data. The library names a few zones by their canonical
 * id (UTC as Etc/UTC): the block must carry the TZID the events use, so it is renamed.
 */
function vtimezone(timeZone: string): string | null {
  const block = knownZones.has(timeZone) ? tzlib_get_ical_block(timeZone) : null;
  if (!Array.isArray(block) || !block[0]) return null;
  return block[0].replace(/^TZID:.*$/m, `TZID:${timeZone}`);
}

/** A zone calendars can be told about; anything else (never seen in practice) is written in UTC. */
function calendarZone(timeZone: string): string {
  return knownZones.has(timeZone) ? timeZone : 'UTC';
}

function zoned(instant: Date, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
}

/** `YYYYMMDDTHHmmss` wall time, as EXDATE;TZID wants it. */
function icalLocal(instant: Date, timeZone: string): string {
  const t = zoned(instant, timeZone).toPlainDateTime();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.year}${two(t.month)}${two(t.day)}T${two(t.hour)}${two(t.minute)}${two(t.second)}`;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** What every event of a match says: whom it is with and where to see the schedule; nothing private. */
function commonFields(match: CalendarMatch, options: CalendarOptions) {
  const other = firstName(match.otherName);
  const url = `${options.baseUrl}/matches/${match.matchId}/schedule`;
  return {
    summary: translate(options.locale, 'calendar.summary', { other }),
    description: translate(options.locale, 'calendar.description', { other, url }),
  };
}

function place(location: string | null, videoUrl: string | null): Partial<ICalEventData> {
  return { location: location ?? null, url: videoUrl ?? null };
}

function meetingFields(meeting: MeetingRow, timeZone: string): ICalEventData {
  return {
    start: zoned(meeting.startsAt, timeZone),
    end: zoned(meeting.endsAt, timeZone),
    timezone: timeZone,
    sequence: meeting.sequence,
    lastModified: meeting.updatedAt,
    status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...place(meeting.location, meeting.videoUrl),
  };
}

/** Does an occurrence differ from what its series' rule alone would put in a calendar? */
function differsFromRule(series: SeriesRow, meeting: MeetingRow): boolean {
  const minutes = (meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000;
  return (
    meeting.status === 'cancelled' ||
    meeting.startsAt.getTime() !== meeting.occurrenceStart?.getTime() ||
    minutes !== series.durationMinutes ||
    (meeting.location ?? null) !== (series.location ?? null) ||
    (meeting.videoUrl ?? null) !== (series.videoUrl ?? null)
  );
}

/**
 * A series is one recurring event (RRULE in its anchoring zone, so it stays at the agreed local
 * time across DST); each occurrence that was moved, cancelled or changed place is an override
 * with the same UID and its RECURRENCE-ID, and an occurrence with no meeting is an EXDATE.
 */
function addSeries(cal: ICalCalendar, match: CalendarMatch, series: SeriesRow, options: CalendarOptions): Set<string> {
  const timeZone = calendarZone(series.timeZone);
  const uid = `${series.id}@trellis`;
  const common = commonFields(match, options);
  const ruleStarts = expandSeries(series).map((o) => o.occurrenceStart);
  const rows = new Map(
    match.meetings
      .filter((m) => m.seriesId === series.id && m.occurrenceStart)
      .map((m) => [m.occurrenceStart?.getTime(), m]),
  );
  const missing = ruleStarts.filter((start) => !rows.has(start.getTime()));
  const weekday = new Date(`${series.firstLocalStart.slice(0, 10)}T00:00:00Z`).getUTCDay();
  const rrule = `RRULE:${seriesRrule(series, weekday)}`;
  const exdates = missing.map((start) => icalLocal(start, timeZone));
  const first = ruleStarts[0] ?? new Date(series.createdAt);
  cal.createEvent({
    id: uid,
    stamp: options.now,
    start: zoned(first, timeZone),
    end: zoned(new Date(first.getTime() + series.durationMinutes * 60_000), timeZone),
    timezone: timeZone,
    repeating: exdates.length > 0 ? `${rrule}\nEXDATE;TZID=${timeZone}:${exdates.join(',')}` : rrule,
    status: ICalEventStatus.CONFIRMED,
    ...common,
    ...place(series.location, series.videoUrl),
  });
  const onRule = new Set(ruleStarts.map((start) => start.getTime()));
  const published = new Set<string>();
  for (const meeting of match.meetings) {
    if (meeting.seriesId !== series.id || !meeting.occurrenceStart) continue;
    if (!onRule.has(meeting.occurrenceStart.getTime())) continue;
    published.add(meeting.id);
    if (!differsFromRule(series, meeting)) continue;
    cal.createEvent({
      id: uid,
      stamp: options.now,
      recurrenceId: zoned(meeting.occurrenceStart, timeZone),
      ...common,
      ...meetingFields(meeting, timeZone),
    });
  }
  return published;
}

/** A meeting on its own: a single meeting, or an occurrence shown apart from its series. */
function addMeeting(cal: ICalCalendar, match: CalendarMatch, meeting: MeetingRow, options: CalendarOptions): void {
  cal.createEvent({
    id: `${meeting.id}@trellis`,
    stamp: options.now,
    ...commonFields(match, options),
    ...meetingFields(meeting, calendarZone(meeting.timeZone)),
  });
}

function newCalendar(options: CalendarOptions): ICalCalendar {
  return new ICalCalendar({
    prodId: { company: 'Trellis', product: 'Trellis', language: options.locale.toUpperCase() },
    timezone: { name: null, generator: vtimezone },
  });
}

/**
 * A person's calendar feed: every series and meeting of their matches, with a VTIMEZONE for
 * each zone used. Only times, place, link and the other person's first name: no reasons, no
 * commitments, nothing else from the match.
 */
export function renderCalendarFeed(matches: CalendarMatch[], options: CalendarOptions): string {
  const cal = newCalendar(options);
  cal.name(translate(options.locale, 'calendar.name'));
  cal.ttl(60 * 60);
  for (const match of matches) {
    const published = new Set<string>();
    for (const series of match.series) {
      for (const id of addSeries(cal, match, series, options)) published.add(id);
    }
    for (const meeting of match.meetings) {
      if (!published.has(meeting.id)) addMeeting(cal, match, meeting, options);
    }
  }
  return cal.toString();
}

/** One meeting as a plain event (a download to add to any calendar), occurrences included. */
export function renderMeetingIcs(match: CalendarMatch, meeting: MeetingRow, options: CalendarOptions): string {
  const cal = newCalendar(options);
  addMeeting(cal, match, meeting, options);
  return cal.toString();
}
