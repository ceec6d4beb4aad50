import { describe, expect, it } from 'vitest';
import { programWithActiveMatch } from '../support/active-match.ts';
import { testAppPerTest } from '../support/test-app.ts';
import { TestClient } from '../support/test-client.ts';
import { localAt, planMeeting } from './support/reminders.ts';

const london = 'Europe/London';

describe('notices and reminder preferences', () => {
  const t = testAppPerTest();

  async function withNotice() {
    const world = await programWithActiveMatch(t());
    const when = localAt(t().ctx.clock.now(), 3, '16:00', london);
    await planMeeting(world.mentor.client, world.matchId, { local: when.local, timeZone: london });
    return world;
  }

  it('lists a person’s own notices as sentences in their language, with links and the unread count', async () => {
    const { matchId, mentor, mentee } = await withNotice();
    const list = await mentee.client.get('/api/me/notifications');
    expect(list.status).toBe(200);
    expect(list.body.unread).toBe(1);
    expect(list.body.notifications).toEqual([
      {
        id: expect.any(String),
        kind: 'meetingScheduled',
        message: expect.stringMatching(/^Ana Mentor planned a meeting on .*16:00 \(Europe\/London\)$/),
        link: `/matches/${matchId}/schedule`,
        createdAt: expect.any(String),
        readAt: null,
      },
    ]);
    expect((await mentor.client.get('/api/me/notifications')).body).toEqual({ unread: 0, notifications: [] });

    expect((await mentee.client.patch('/api/me', { locale: 'es' })).status).toBe(200);
    const inSpanish = await mentee.client.get('/api/me/notifications');
    expect(inSpanish.body.notifications[0].message).toMatch(/^Ana Mentor planificó una reunión el .*16:00/);
  });

  it('marks the named notices read, or all of them, and never someone else’s', async () => {
    const { matchId, mentor, mentee } = await withNotice();
    const [notice] = (await mentee.client.get('/api/me/notifications')).body.notifications;

    const byOther = await mentor.client.post('/api/me/notifications/read', { ids: [notice.id] });
    expect(byOther.status).toBe(200);
    expect((await mentee.client.get('/api/me/notifications')).body.unread).toBe(1);

    const read = await mentee.client.post('/api/me/notifications/read', { ids: [notice.id] });
    expect(read.body).toEqual({ unread: 0 });
    const after = await mentee.client.get('/api/me/notifications');
    expect(after.body.notifications[0].readAt).toEqual(expect.any(String));

    // Two more notices (moved, then cancelled): "read" without ids marks all of them.
    const meetingId = (await mentee.client.get(`/api/matches/${matchId}/schedule`)).body.meetings[0].id;
    const later = localAt(t().ctx.clock.now(), 4, '16:00', london);
    const moved = await mentor.client.post(`/api/meetings/${meetingId}/reschedule`, {
      localStart: later.local,
      timeZone: london,
      reason: 'Clash',
    });
    expect(moved.status, moved.text).toBe(200);
    expect((await mentor.client.post(`/api/meetings/${meetingId}/cancellation`, { reason: 'Ill' })).status).toBe(200);
    expect((await mentee.client.get('/api/me/notifications')).body.unread).toBe(2);
    expect((await mentee.client.post('/api/me/notifications/read', {})).body).toEqual({ unread: 0 });
    const all = (await mentee.client.get('/api/me/notifications')).body.notifications;
    expect(all.map((n: { kind: string; readAt: string | null }) => [n.kind, n.readAt !== null])).toEqual([
      ['meetingCancelled', true],
      ['meetingRescheduled', true],
      ['meetingScheduled', true],
    ]);
    expect((await mentee.client.post('/api/me/notifications/read', { ids: ['not-an-id'] })).status).toBe(400);
    expect((await new TestClient(t().app).get('/api/me/notifications')).status).toBe(401);
    expect((await new TestClient(t().app).post('/api/me/notifications/read', {})).status).toBe(401);
  });

  it('gives the defaults until a person saves preferences, then what they saved', async () => {
    const { mentee } = await programWithActiveMatch(t());
    const defaults = await mentee.client.get('/api/me/reminder-preferences');
    expect(defaults.body).toEqual({
      meetingOffsets: [1440, 60],
      byEmail: true,
      quietStart: '21:00',
      quietEnd: '08:00',
      timeZone: london,
      saved: false,
    });
    const saved = await mentee.client.put('/api/me/reminder-preferences', {
      meetingOffsets: [30, 2880],
      byEmail: false,
      quietStart: '22:30',
      quietEnd: '07:00',
      timeZone: 'America/New_York',
    });
    expect(saved.status, saved.text).toBe(200);
    const expected = {
      meetingOffsets: [2880, 30],
      byEmail: false,
      quietStart: '22:30',
      quietEnd: '07:00',
      timeZone: 'America/New_York',
      saved: true,
    };
    expect(saved.body).toEqual(expected);
    expect((await mentee.client.get('/api/me/reminder-preferences')).body).toEqual(expected);
    const none = await mentee.client.put('/api/me/reminder-preferences', {
      ...expected,
      saved: undefined,
      meetingOffsets: [],
      quietStart: null,
      quietEnd: null,
    });
    expect(none.body).toMatchObject({ meetingOffsets: [], quietStart: null, quietEnd: null });
    expect((await new TestClient(t().app).get('/api/me/reminder-preferences')).status).toBe(401);
  });

  it('refuses preferences it cannot follow, naming the field', async () => {
    const { mentee } = await programWithActiveMatch(t());
    const valid = {
      meetingOffsets: [1440, 60],
      byEmail: true,
      quietStart: '21:00',
      quietEnd: '08:00',
      timeZone: london,
    };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ meetingOffsets: [10, 20, 30, 40, 50] }, /meetingOffsets: at most 4/],
      [{ meetingOffsets: [4] }, /at least 5 minutes/],
      [{ meetingOffsets: [10_081] }, /at most a week/],
      [{ meetingOffsets: [60, 60] }, /each reminder time only once/],
      [{ meetingOffsets: [90.5] }, /meetingOffsets/],
      [{ quietEnd: null }, /both the start and the end/],
      [{ quietStart: '08:00' }, /end at another time/],
      [{ quietStart: '25:00' }, /a time like 21:00/],
      [{ timeZone: 'Mars/Olympus' }, /IANA time zone/],
      [{ byEmail: 'yes' }, /byEmail/],
      [{ extra: true }, /extra|Unrecognized/i],
    ];
    for (const [change, message] of cases) {
      const res = await mentee.client.put('/api/me/reminder-preferences', { ...valid, ...change });
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.message, JSON.stringify(change)).toMatch(message);
    }
    expect((await mentee.client.get('/api/me/reminder-preferences')).body.saved).toBe(false);
  });
});
