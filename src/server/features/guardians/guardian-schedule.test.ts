import { describe, expect, it } from 'vitest';
import { activeMatch } from '../../../../test/support/active-match.ts';
import { bornYearsAgo, matchingProgram } from '../../../../test/support/matching-world.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';

const t = testAppPerTest();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A London date-time `days` from the test clock's now at `time`, as the meetings API takes it. */
const londonLocal = (days: number, time = '16:00') =>
  `${new Date(t().clock.now().getTime() + days * DAY).toISOString().slice(0, 10)}T${time}`;

/** Ana (20) mentors Milo (12), whose guardian Gina consented; the match is active. */
async function minorInActiveMatch() {
  const w = await matchingProgram(t());
  const pair = await activeMatch(w, {
    mentor: { name: 'Ana Mentor', birthDate: bornYearsAgo(20) },
    mentee: {
      name: 'Milo Mentee',
      birthDate: bornYearsAgo(12),
      guardian: { name: 'Gina Guardian', email: 'gina@family.example' },
    },
  });
  return { w, ...pair, guardian: pair.mentee.guardian! };
}

describe("a guardian's view of their child's match and schedule", () => {
  it('shows that the child is matched and when they meet, where, and whether they met; not with whom or why', async () => {
    const { matchId, mentor, mentee, guardian } = await minorInActiveMatch();
    const before = await guardian.get('/api/me/children');
    expect(before.status).toBe(200);
    expect(before.body).toHaveLength(1);
    expect(before.body[0]).toMatchObject({ childFirstName: 'Milo', status: 'active', meetings: [] });
    expect(Date.parse(before.body[0].matchedSince)).toBeLessThanOrEqual(t().clock.now().getTime());

    const plan = (client: typeof mentor.client, body: Record<string, unknown>) =>
      client.post(`/api/matches/${matchId}/meetings`, { timeZone: 'Europe/London', durationMinutes: 45, ...body });
    const forgotten = await plan(mentor.client, { localStart: londonLocal(1) });
    const library = await plan(mentor.client, { localStart: londonLocal(2), location: 'School library' });
    const video = await plan(mentee.client, { localStart: londonLocal(5), videoUrl: 'https://meet.example/room-4711' });
    const holiday = await plan(mentor.client, { localStart: londonLocal(9) });
    const farAhead = await plan(mentor.client, { localStart: londonLocal(70) });
    for (const planned of [forgotten, library, video, holiday, farAhead]) expect(planned.status).toBe(201);
    const cancelled = await mentee.client.post(`/api/meetings/${holiday.body.id}/cancellation`, {
      reason: 'Family holiday in Wales',
    });
    expect(cancelled.status).toBe(200);

    // A weekly rhythm on Saturdays... that the pair stop before it starts.
    const firstSaturday = londonLocal(4).slice(0, 10);
    const rhythm = await mentee.client.post(`/api/matches/${matchId}/series`, {
      weekday: new Date(`${firstSaturday}T12:00:00Z`).getUTCDay(),
      localTime: '18:00',
      timeZone: 'Europe/London',
      intervalWeeks: 1,
      durationMinutes: 45,
      firstDate: firstSaturday,
    });
    expect(rhythm.status).toBe(201);

    // The library meeting happens and both say so, with their ratings; nobody answers for the first one.
    t().clock.advance(3 * DAY);
    await mentee.client.post(`/api/meetings/${library.body.id}/attendance`, { answer: 'met', feltHeard: 5 });
    await mentor.client.post(`/api/meetings/${library.body.id}/attendance`, { answer: 'met', sharedExperience: true });
    const seriesId = (await mentor.client.get(`/api/matches/${matchId}/schedule`)).body.series.id;
    const stopped = await mentor.client.post(`/api/series/${seriesId}/end`, {
      reason: 'Saturdays clash with football',
    });
    expect(stopped.status).toBe(204);

    const after = await guardian.get('/api/me/children');
    expect(after.status).toBe(200);
    const [child] = after.body;
    // Eight weeks ahead at most: the meeting in ten weeks is not listed yet; nor the stopped
    // rhythm's meetings, which were never called off one by one.
    expect(child.meetings).toEqual([
      expect.objectContaining({ id: forgotten.body.id, status: 'unconfirmed' }),
      expect.objectContaining({
        id: library.body.id,
        status: 'held',
        location: 'School library',
        videoCall: false,
        timeZone: 'Europe/London',
      }),
      expect.objectContaining({ id: video.body.id, status: 'planned', location: null, videoCall: true }),
      expect.objectContaining({ id: holiday.body.id, status: 'cancelled', location: null, videoCall: false }),
    ]);
    expect(child.meetings[1].startsAt).toBe(library.body.startsAt);
    expect(child.meetings[1].endsAt).toBe(library.body.endsAt);
    // Nothing that belongs to the pair: the mentor's name, the link, the reason, answers or ratings.
    const text = JSON.stringify(after.body);
    for (const secret of ['Ana', 'room-4711', 'Family holiday', 'football', 'feltHeard', 'sharedExperience']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/attendance/i);
  });

  it('shows the child to no one else, and no longer to a guardian who withdrew consent', async () => {
    const { w, mentor, mentee, guardian } = await minorInActiveMatch();
    for (const other of [mentor.client, mentee.client, w.coordinator.client, w.admin]) {
      const res = await other.get('/api/me/children');
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    }
    const [child] = (await guardian.get('/api/me/children')).body;
    const withdrawn = await guardian.post(`/api/guardianships/${child.guardianshipId}/withdraw`, {});
    expect(withdrawn.status).toBe(200);
    expect((await guardian.get('/api/me/children')).body).toEqual([]);
  });
});
