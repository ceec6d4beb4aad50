import { describe, expect, it } from 'vitest';
import { toLocalParts } from '../../src/server/lib/zoned-time.ts';
import { activeMatch } from '../support/active-match.ts';
import { nextAutumn } from '../support/dates.ts';
import { matchingProgram } from '../support/matching-world.ts';
import { testAppPerTest } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { type Occurrence, occurrencesByIcalJs, occurrencesByNodeIcal } from './ical-occurrences.ts';

const t = testAppPerTest();

const LONDON = 'Europe/London';
/** The next autumn: London's clocks go back on day(0), a Sunday; New York's on day(7). */
const { day, compact } = nextAutumn();
const from = new Date(`${day(-365)}T00:00:00Z`);
const until = new Date(`${day(365)}T00:00:00Z`);

interface ScheduleMeeting {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  location: string | null;
  local: { date: string; time: string };
}

/**
 * Ana mentors from New York, Cal is mentored in London. Their program runs into December of the
 * next autumn, across London leaving summer time and New York a week later.
 */
async function transatlanticPair() {
  const w = await matchingProgram(t(), { endsOn: day(44) });
  const pair = await activeMatch(w, {
    mentor: {
      name: 'Ana Mentor',
      timeZone: 'America/New_York',
      availability: [{ day: 'tue', start: '10:00', end: '13:00' }],
    },
    mentee: { name: 'Cal Mentee', timeZone: LONDON, availability: [{ day: 'tue', start: '16:00', end: '19:00' }] },
  });
  return { w, ...pair };
}

async function weeklyTuesdays(client: TestClient, matchId: string, firstDate = day(-19)) {
  const res = await client.post(`/api/matches/${matchId}/series`, {
    weekday: 2,
    localTime: '16:00',
    timeZone: LONDON,
    intervalWeeks: 1,
    durationMinutes: 45,
    firstDate,
    location: 'Library, room 2',
  });
  if (res.status !== 201) throw new Error(`series: ${res.status} ${res.text}`);
}

async function schedule(client: TestClient, matchId: string): Promise<ScheduleMeeting[]> {
  const res = await client.get(`/api/matches/${matchId}/schedule`);
  if (res.status !== 200) throw new Error(`schedule: ${res.status} ${res.text}`);
  return res.body.meetings;
}

async function newFeedUrl(client: TestClient): Promise<string> {
  const res = await client.post('/api/me/calendar-feed');
  expect(res.status).toBe(201);
  expect(res.body.url).toMatch(/^http:\/\/localhost:3000\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  return res.body.url;
}

/** What a calendar app does: a plain GET of the address, no cookie, no Origin. */
async function fetchFeed(url: string) {
  const res = await t().app.inject({ method: 'GET', url: new URL(url).pathname });
  return { status: res.statusCode, headers: res.headers, text: res.body };
}

const shape = (o: Occurrence | ScheduleMeeting) => ({
  start: 'start' in o ? o.start : o.startsAt,
  end: 'end' in o ? o.end : o.endsAt,
  cancelled: 'cancelled' in o ? o.cancelled : o.status === 'cancelled',
  location: o.location,
});

describe('calendar feed', () => {
  it('shows in ical.js and node-ical exactly the meetings Trellis shows, moved and cancelled ones included, at 16:00 London across both DST changes', async () => {
    const { matchId, mentor, mentee } = await transatlanticPair();
    await weeklyTuesdays(mentee.client, matchId);
    const planned = await schedule(mentee.client, matchId);
    const onDate = (date: string) => planned.find((m) => m.local.date === date);
    const moving = onDate(day(-5));
    const cancelling = onDate(day(9));
    if (!moving || !cancelling) throw new Error('the series lacks the expected Tuesdays');
    const moved = await mentor.client.post(`/api/meetings/${moving.id}/reschedule`, {
      localStart: `${day(-4)}T17:30`,
      timeZone: LONDON,
      reason: 'Parents evening at school',
    });
    expect(moved.status).toBe(200);
    const cancelled = await mentee.client.post(`/api/meetings/${cancelling.id}/cancellation`, {
      reason: 'Exams week, sorry',
    });
    expect(cancelled.status).toBe(200);

    const shown = await schedule(mentee.client, matchId);
    expect(shown.length).toBeGreaterThan(8);
    const want = shown.map(shape).sort((a, b) => a.start.localeCompare(b.start));
    expect(want.filter((m) => m.cancelled)).toHaveLength(1);
    const movedStart = shown.find((m) => m.id === moving.id)?.startsAt;
    expect(movedStart).toBe(`${day(-4)}T16:30:00.000Z`);

    for (const [person, otherFirstName] of [
      [mentee, 'Ana'],
      [mentor, 'Cal'],
    ] as const) {
      const feed = await fetchFeed(await newFeedUrl(person.client));
      expect(feed.status).toBe(200);
      expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
      for (const found of [occurrencesByIcalJs(feed.text, until), occurrencesByNodeIcal(feed.text, from, until)]) {
        expect(found.map(shape)).toEqual(want);
        expect(new Set(found.map((o) => o.summary))).toEqual(new Set([`Mentoring with ${otherFirstName}`]));
        const kept = found.filter((o) => o.start !== movedStart);
        for (const o of kept) expect(toLocalParts(new Date(o.start), LONDON).time).toBe('16:00');
        // In UTC the meeting moves when London's clocks change, not when New York's do.
        expect(kept.find((o) => o.start.startsWith(day(-12)))?.start).toBe(`${day(-12)}T15:00:00.000Z`);
        expect(kept.find((o) => o.start.startsWith(day(2)))?.start).toBe(`${day(2)}T16:00:00.000Z`);
        expect(kept.find((o) => o.start.startsWith(day(16)))?.start).toBe(`${day(16)}T16:00:00.000Z`);
        expect(found.find((o) => o.start === movedStart)).toMatchObject({
          cancelled: false,
          location: 'Library, room 2',
        });
      }
      // One recurring event with its zone, not one event per meeting; and nothing private.
      expect(feed.text).toContain(`DTSTART;TZID=Europe/London:${compact(-19)}T160000`);
      expect(feed.text).toContain(`RECURRENCE-ID;TZID=Europe/London:${compact(-5)}T160000`);
      expect(feed.text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
      expect(feed.text).not.toContain('Parents evening');
      expect(feed.text).not.toContain('Exams');
      expect(feed.text).not.toContain('Mentee');
    }
  });

  it('turns a feed address off for good: a revoked or unknown token is the same 404, and a new address works', async () => {
    const { w, matchId, mentee } = await transatlanticPair();
    await weeklyTuesdays(mentee.client, matchId);
    const none = await mentee.client.get('/api/me/calendar-feed');
    expect(none.body).toEqual({ url: null, createdAt: null, lastFetchedAt: null });

    const first = await newFeedUrl(mentee.client);
    const status = await mentee.client.get('/api/me/calendar-feed');
    expect(status.body.url).toBeNull();
    expect(status.body.createdAt).not.toBeNull();
    expect(status.body.lastFetchedAt).toBeNull();
    expect((await fetchFeed(first)).status).toBe(200);
    expect((await mentee.client.get('/api/me/calendar-feed')).body.lastFetchedAt).not.toBeNull();

    const second = await newFeedUrl(mentee.client);
    expect(second).not.toBe(first);
    const replaced = await fetchFeed(first);
    expect(replaced.status).toBe(404);
    const working = await fetchFeed(second);
    expect(working.status).toBe(200);
    expect(occurrencesByIcalJs(working.text, until).length).toBeGreaterThan(8);

    expect((await mentee.client.delete('/api/me/calendar-feed')).status).toBe(204);
    const revoked = await fetchFeed(second);
    const unknown = await fetchFeed('http://localhost:3000/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics');
    expect(revoked.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(revoked.text).toBe(unknown.text);
    expect((await mentee.client.get('/api/me/calendar-feed')).body.createdAt).toBeNull();

    // Making and turning off an address are audited (in the instance chain: a feed spans organizations).
    const audit = await w.admin.get('/api/instance/audit-events');
    const actions = audit.body.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'calendar_feed.created')).toHaveLength(2);
    expect(actions.filter((a: string) => a === 'calendar_feed.revoked')).toHaveLength(1);

    // Managing the address needs a session and our own pages.
    const anonymous = await t().app.inject({ method: 'POST', url: '/api/me/calendar-feed' });
    expect(anonymous.statusCode).toBe(403);
    const signedOut = await t().app.inject({
      method: 'POST',
      url: '/api/me/calendar-feed',
      headers: { origin: 'http://localhost:3000' },
    });
    expect(signedOut.statusCode).toBe(401);
  });

  it("never shows another pair's meetings, even after a match closes", async () => {
    const { w, matchId, mentor, mentee } = await transatlanticPair();
    const other = await activeMatch(w, {
      mentor: { name: 'Eve Mentor', availability: [{ day: 'tue', start: '15:00', end: '19:00' }] },
      mentee: { name: 'Dan Mentee', availability: [{ day: 'tue', start: '15:00', end: '19:00' }] },
    });
    await weeklyTuesdays(mentee.client, matchId);
    await weeklyTuesdays(other.mentee.client, other.matchId, day(-12));
    const otherSeries = (await other.mentee.client.get(`/api/matches/${other.matchId}/schedule`)).body.series.id;

    const closed = await w.coordinator.client.post(`/api/matches/${matchId}/closure`, {
      reason: 'Cal moved school',
      rematch: true,
    });
    expect(closed.status).toBe(200);
    const shown = await schedule(mentor.client, matchId);
    const feed = await fetchFeed(await newFeedUrl(mentor.client));
    expect(feed.text).not.toContain(otherSeries);
    expect(feed.text).not.toContain(other.matchId);
    expect(feed.text).not.toContain('Dan');
    // The closed match's meetings stay, as Trellis shows them (those still to come cancelled).
    const want = shown.map(shape).sort((a, b) => a.start.localeCompare(b.start));
    expect(occurrencesByIcalJs(feed.text, until).map(shape)).toEqual(want);
    expect(occurrencesByNodeIcal(feed.text, from, until).map(shape)).toEqual(want);

    const otherFeed = await fetchFeed(await newFeedUrl(other.mentor.client));
    expect(otherFeed.text).toContain(otherSeries);
    expect(otherFeed.text).not.toContain(matchId);
  });

  it('offers one meeting as an .ics download to the pair only', async () => {
    const { w, matchId, mentee } = await transatlanticPair();
    const other = await activeMatch(w, { mentor: { name: 'Eve Mentor' }, mentee: { name: 'Dan Mentee' } });
    await weeklyTuesdays(mentee.client, matchId);
    const [meeting] = await schedule(mentee.client, matchId);
    if (!meeting) throw new Error('no meeting');
    const res = await mentee.client.get(`/api/meetings/${meeting.id}/ics`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.ics"$/);
    const expected = [{ ...shape(meeting), summary: 'Mentoring with Ana' }];
    const pick = (o: Occurrence) => ({ ...shape(o), summary: o.summary });
    expect(occurrencesByIcalJs(res.text, until).map(pick)).toEqual(expected);
    expect(occurrencesByNodeIcal(res.text, from, until).map(pick)).toEqual(expected);
    expect(res.text).toContain(`UID:${meeting.id}@trellis`);

    for (const stranger of [w.coordinator.client, other.mentor.client, other.mentee.client]) {
      const denied = await stranger.get(`/api/meetings/${meeting.id}/ics`);
      expect(denied.status).toBe(404);
      expect(denied.body.error.code).toBe('MEETING_NOT_FOUND');
    }
  });
});
