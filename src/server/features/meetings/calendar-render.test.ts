import { describe, expect, it } from 'vitest';
import { occurrencesByIcalJs, occurrencesByNodeIcal } from '../../../../test/meetings/ical-occurrences.ts';
import { meetingRow as aMeetingRow } from '../../../../test/meetings/meeting-row.ts';
import { localToInstant, toLocalParts } from '../../lib/zoned-time.ts';
import { type CalendarMatch, renderCalendarFeed, renderMeetingIcs } from './calendar-render.ts';
import { expandSeries } from './expand-series.ts';
import type { MeetingRow, SeriesRow } from './tables.ts';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const created = new Date('2027-09-01T12:00:00Z');

const series: SeriesRow = {
  id: '01900000-0000-7000-8000-000000000001',
  organizationId: '01900000-0000-7000-8000-0000000000aa',
  programId: '01900000-0000-7000-8000-0000000000bb',
  matchId: '01900000-0000-7000-8000-0000000000cc',
  timeZone: LONDON,
  intervalWeeks: 1,
  firstLocalStart: '2027-10-12T16:00',
  untilLocalDate: '2027-12-14',
  durationMinutes: 45,
  location: 'Library, room 2',
  videoUrl: null,
  createdBy: '01900000-0000-7000-8000-0000000000dd',
  createdAt: created,
  endedAt: null,
};

function meetingRow(id: number, fields: Partial<MeetingRow> & Pick<MeetingRow, 'startsAt' | 'endsAt'>): MeetingRow {
  return aMeetingRow({
    id: `01900000-0000-7000-8000-${String(id).padStart(12, '0')}`,
    organizationId: series.organizationId,
    programId: series.programId,
    matchId: series.matchId,
    createdBy: series.createdBy,
    createdAt: created,
    updatedAt: created,
    ...fields,
  });
}

/** The series' rows as the scheduling code makes them, then one moved, one cancelled, one dropped. */
function world(): { match: CalendarMatch; shown: MeetingRow[] } {
  const rows = expandSeries(series).map((o, i) =>
    meetingRow(100 + i, { ...o, seriesId: series.id, location: series.location }),
  );
  const at = (date: string) => rows.findIndex((r) => toLocalParts(r.startsAt, LONDON).date === date);
  const moved = localToInstant('2027-10-27T17:30', LONDON);
  rows[at('2027-10-26')] = {
    ...rows[at('2027-10-26')]!,
    startsAt: moved,
    endsAt: new Date(moved.getTime() + 60 * 60_000),
    sequence: 1,
  };
  rows[at('2027-11-09')] = {
    ...rows[at('2027-11-09')]!,
    status: 'cancelled',
    cancelReason: 'Exams week, so sorry',
    sequence: 1,
  };
  rows[at('2027-11-23')] = { ...rows[at('2027-11-23')]!, location: 'Café on the corner', sequence: 2 };
  // An occurrence with no row at all (never expected, but then calendars must not show it either).
  rows.splice(at('2027-12-07'), 1);
  const single = meetingRow(7, {
    startsAt: localToInstant('2027-11-20T10:00', NEW_YORK),
    endsAt: localToInstant('2027-11-20T11:00', NEW_YORK),
    timeZone: NEW_YORK,
    videoUrl: 'https://video.example/room/42',
  });
  const meetings = [...rows, single];
  return { match: { matchId: series.matchId, otherName: 'Cal Mentee', series: [series], meetings }, shown: meetings };
}

const options = { baseUrl: 'https://trellis.example', locale: 'en', now: new Date('2027-09-02T08:00:00Z') };
const from = new Date('2027-01-01T00:00:00Z');
const until = new Date('2028-12-31T00:00:00Z');
/** iCalendar folds long lines; the assertions read them whole. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

function expected(rows: MeetingRow[]) {
  return rows
    .map((r) => ({
      start: r.startsAt.toISOString(),
      end: r.endsAt.toISOString(),
      cancelled: r.status === 'cancelled',
      location: r.location,
    }))
    .sort((a, b) => a.start.localeCompare(b.start));
}

describe('calendar feed rendering', () => {
  it('writes a series as one RRULE in its zone with overrides, an EXDATE and a VTIMEZONE for each zone used', () => {
    const { match } = world();
    const text = unfold(renderCalendarFeed([match], options));
    expect(text).toContain(`UID:${series.id}@trellis`);
    expect(text).toContain('DTSTART;TZID=Europe/London:20271012T160000');
    expect(text).toContain('DTEND;TZID=Europe/London:20271012T164500');
    // The last day ends at 23:59 London time, which is UTC in December.
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20271214T235900Z');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/London:20271026T160000');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/London:20271109T160000');
    expect(text).toContain('EXDATE;TZID=Europe/London:20271207T160000');
    expect(text).toContain(`UID:01900000-0000-7000-8000-000000000007@trellis`);
    expect(text).toContain('DTSTART;TZID=America/New_York:20271120T100000');
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    expect(text).toContain('TZID:Europe/London');
    expect(text).toContain('TZID:America/New_York');
    expect(text).toContain('SUMMARY:Mentoring with Cal');
    expect(text).toContain('https://trellis.example/matches/01900000-0000-7000-8000-0000000000cc/schedule');
    expect(text).toContain('URL;VALUE=URI:https://video.example/room/42');
    // Nothing private: not the reason for a cancellation, not the other person's surname.
    expect(text).not.toContain('Exams');
    expect(text).not.toContain('Mentee');
  });

  it('yields in ical.js and in node-ical exactly the meetings Trellis keeps, moved, cancelled and changed included', () => {
    const { match, shown } = world();
    const text = renderCalendarFeed([match], options);
    const want = expected(shown);
    for (const found of [occurrencesByIcalJs(text, until), occurrencesByNodeIcal(text, from, until)]) {
      expect(found.map(({ start, end, cancelled, location }) => ({ start, end, cancelled, location }))).toEqual(want);
      expect(new Set(found.map((o) => o.summary))).toEqual(new Set(['Mentoring with Cal']));
    }
    // Every occurrence the rule keeps stays at 16:00 London, across both DST changes.
    const onRule = occurrencesByIcalJs(text, until).filter(
      (o) => o.uid.startsWith(series.id) && o.start !== localToInstant('2027-10-27T17:30', LONDON).toISOString(),
    );
    expect(onRule.length).toBeGreaterThan(5);
    for (const o of onRule) expect(toLocalParts(new Date(o.start), LONDON).time).toBe('16:00');
  });

  it('writes one meeting as a plain event, cancelled when it was', () => {
    const { match, shown } = world();
    const cancelled = shown.find((m) => m.status === 'cancelled')!;
    const text = renderMeetingIcs(match, cancelled, options);
    expect(text).not.toContain('RRULE:FREQ=WEEKLY');
    expect(text).not.toContain('RECURRENCE-ID');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain('SEQUENCE:1');
    const [only, ...rest] = occurrencesByIcalJs(text, until);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ start: cancelled.startsAt.toISOString(), cancelled: true });
    expect(occurrencesByNodeIcal(text, from, until)).toHaveLength(1);
  });

  it('speaks the reader’s language', () => {
    const text = renderCalendarFeed([world().match], { ...options, locale: 'es' });
    expect(text).toContain('SUMMARY:Mentoría con Cal');
  });
});
