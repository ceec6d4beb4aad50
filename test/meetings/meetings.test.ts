import { describe, expect, it } from 'vitest';
import { activeMatch } from '../support/active-match.ts';
import { isoDayAfter, nextAutumn, PROGRAM_DATES } from '../support/dates.ts';
import { matchingProgram } from '../support/matching-world.ts';
import { testAppPerTest } from '../support/test-app.ts';

const app = testAppPerTest();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A London date-time `days` from now at `time`, as the API takes it. */
function londonLocal(days: number, time = '16:00'): string {
  const date = new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  return `${date}T${time}`;
}

async function pairInLondon() {
  const w = await matchingProgram(app());
  const pair = await activeMatch(w);
  return { w, ...pair };
}

async function outbox(w: Awaited<ReturnType<typeof matchingProgram>>) {
  return (await w.admin.get(`/api/organizations/${w.orgId}/outbox`)).body as {
    to: string;
    subject: string;
    text: string;
  }[];
}

/** A mentor in New York free Tuesday late mornings, a mentee in London free Tuesday afternoons. */
const newYorkAndLondon = {
  mentor: {
    name: 'Ana Mentor',
    timeZone: 'America/New_York',
    availability: [{ day: 'tue', start: '10:00', end: '13:00' }],
  },
  mentee: {
    name: 'Cal Mentee',
    timeZone: 'Europe/London',
    availability: [{ day: 'tue', start: '16:00', end: '19:00' }],
  },
};

describe('a weekly rhythm across time zones and DST', () => {
  it('keeps Tuesdays 16:00 London through both DST changes, moving in New York time in between', async () => {
    // The next autumn: London leaves summer time on day(0), a Sunday, New York a week later.
    const { day } = nextAutumn();
    const w = await matchingProgram(app(), { endsOn: day(23) });
    const { matchId, mentor, mentee } = await activeMatch(w, newYorkAndLondon);
    const created = await mentee.client.post(`/api/matches/${matchId}/series`, {
      weekday: 2,
      localTime: '16:00',
      timeZone: 'Europe/London',
      intervalWeeks: 1,
      durationMinutes: 45,
      firstDate: day(-12),
      videoUrl: 'https://meet.example/ana-cal',
    });
    expect(created.status).toBe(201);
    const schedule = await mentor.client.get(`/api/matches/${matchId}/schedule`);
    expect(schedule.status).toBe(200);
    const starts = schedule.body.meetings.map((m: { startsAt: string }) => m.startsAt);
    expect(starts).toEqual([
      `${day(-12)}T15:00:00.000Z`, // London BST, New York EDT: 11:00 there
      `${day(-5)}T15:00:00.000Z`,
      `${day(2)}T16:00:00.000Z`, // London GMT, New York still EDT: 12:00 there
      `${day(9)}T16:00:00.000Z`, // both on winter time: 11:00 in New York again
      `${day(16)}T16:00:00.000Z`,
      `${day(23)}T16:00:00.000Z`,
    ]);
    for (const m of schedule.body.meetings) expect(m.local.time).toBe('16:00');
    const newYork = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit' }).format(
        new Date(iso),
      );
    expect(starts.map(newYork)).toEqual(['11:00', '11:00', '12:00', '11:00', '11:00', '11:00']);
    expect(schedule.body.series).toMatchObject({ weekday: 2, localTime: '16:00', timeZone: 'Europe/London' });
    expect((await outbox(w)).some((m) => m.to === mentor.email && m.subject.includes('planned a meeting'))).toBe(true);
  });

  it('suggests times inside both availabilities, in each person’s own time', async () => {
    const w = await matchingProgram(app());
    const { matchId, mentee } = await activeMatch(w, {
      mentor: {
        name: 'Ana Mentor',
        timeZone: 'America/New_York',
        availability: [{ day: 'tue', start: '10:00', end: '13:00' }],
      },
      mentee: {
        name: 'Cal Mentee',
        timeZone: 'Europe/London',
        availability: [{ day: 'tue', start: '16:00', end: '19:00' }],
      },
    });
    const res = await mentee.client.get(`/api/matches/${matchId}/time-suggestions?durationMinutes=45`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ weekday: 2, localTime: '16:00', timeZone: 'Europe/London' });
    expect(res.body[0].mentor.weekday).toBe(2);
    expect(['11:00', '12:00']).toContain(res.body[0].mentor.time);
  });
});

describe('changing plans', () => {
  it('moves a meeting with a reason, keeps the change, and tells the other person', async () => {
    const { w, matchId, mentor, mentee } = await pairInLondon();
    const planned = await mentor.client.post(`/api/matches/${matchId}/meetings`, {
      localStart: londonLocal(5),
      timeZone: 'Europe/London',
      durationMinutes: 45,
      location: 'Library',
    });
    expect(planned.status).toBe(201);
    const moved = await mentee.client.post(`/api/meetings/${planned.body.id}/reschedule`, {
      localStart: londonLocal(6, '17:00'),
      timeZone: 'Europe/London',
      reason: 'Exam revision that afternoon',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.local.time).toBe('17:00');
    expect(moved.body.lateChangeBy).toBeNull();
    const schedule = await mentor.client.get(`/api/matches/${matchId}/schedule`);
    const kinds = schedule.body.events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(['rescheduled', 'scheduled']);
    expect(schedule.body.events[0]).toMatchObject({
      actorRole: 'mentee',
      detail: { reason: 'Exam revision that afternoon', late: false },
    });
    const mail = (await outbox(w)).find((m) => m.to === mentor.email && m.subject.includes('moved your meeting'));
    expect(mail?.text).toContain('Exam revision that afternoon');
  });

  it('counts a cancellation under 24 hours as late, and an early one as not', async () => {
    const { matchId, mentor, mentee } = await pairInLondon();
    const soon = await mentor.client.post(`/api/matches/${matchId}/meetings`, {
      localStart: londonLocal(2),
      timeZone: 'Europe/London',
      durationMinutes: 45,
    });
    const later = await mentor.client.post(`/api/matches/${matchId}/meetings`, {
      localStart: londonLocal(9),
      timeZone: 'Europe/London',
      durationMinutes: 45,
    });
    const early = await mentee.client.post(`/api/meetings/${later.body.id}/cancellation`, { reason: 'Away that week' });
    expect(early.body).toMatchObject({ status: 'cancelled', cancelledBy: 'mentee', lateChangeBy: null });
    app().clock.advance(2 * DAY - 3 * HOUR);
    const late = await mentee.client.post(`/api/meetings/${soon.body.id}/cancellation`, { reason: 'Feeling unwell' });
    expect(late.body).toMatchObject({ status: 'cancelled', cancelledBy: 'mentee', lateChangeBy: 'mentee' });
    const again = await mentor.client.post(`/api/meetings/${soon.body.id}/cancellation`, { reason: 'twice' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('MEETING_NOT_SCHEDULED');
  });

  it('holds a late reschedule against the mentor but not the mentee', async () => {
    const { matchId, mentor, mentee } = await pairInLondon();
    const a = await mentor.client.post(`/api/matches/${matchId}/meetings`, {
      localStart: londonLocal(2, '18:00'),
      timeZone: 'Europe/London',
      durationMinutes: 30,
    });
    const b = await mentor.client.post(`/api/matches/${matchId}/meetings`, {
      localStart: londonLocal(2, '12:00'),
      timeZone: 'Europe/London',
      durationMinutes: 30,
    });
    // Both now start within the next 24 hours, whatever the time of day the test runs.
    app().clock.advance(2 * DAY - (Date.now() % DAY) - HOUR);
    const byMentee = await mentee.client.post(`/api/meetings/${a.body.id}/reschedule`, {
      localStart: londonLocal(3),
      timeZone: 'Europe/London',
      reason: 'Clash',
    });
    expect(byMentee.body.lateChangeBy).toBeNull();
    const byMentor = await mentor.client.post(`/api/meetings/${b.body.id}/reschedule`, {
      localStart: londonLocal(4),
      timeZone: 'Europe/London',
      reason: 'Work',
    });
    expect(byMentor.body.lateChangeBy).toBe('mentor');
  });

  it('lets the other person accept or decline a proposed time, and only them', async () => {
    const { w, matchId, mentor, mentee } = await pairInLondon();
    const meeting = await mentor.client.post(`/api/matches/${matchId}/meetings`, {
      localStart: londonLocal(5),
      timeZone: 'Europe/London',
      durationMinutes: 45,
    });
    const proposal = await mentee.client.post(`/api/matches/${matchId}/proposals`, {
      meetingId: meeting.body.id,
      localStart: londonLocal(5, '18:00'),
      timeZone: 'Europe/London',
      durationMinutes: 45,
      reason: 'Football practice runs late',
    });
    expect(proposal.status).toBe(201);
    expect((await outbox(w)).some((m) => m.to === mentor.email && m.subject.includes('proposed a meeting time'))).toBe(
      true,
    );
    const selfAnswer = await mentee.client.post(`/api/proposals/${proposal.body.id}/acceptance`);
    expect(selfAnswer.body.error.code).toBe('NOT_YOUR_PROPOSAL');
    const accepted = await mentor.client.post(`/api/proposals/${proposal.body.id}/acceptance`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const schedule = await mentee.client.get(`/api/matches/${matchId}/schedule`);
    expect(schedule.body.meetings[0].local.time).toBe('18:00');
    expect(schedule.body.proposals).toEqual([]);
    const twice = await mentor.client.post(`/api/proposals/${proposal.body.id}/decline`, { reason: 'no' });
    expect(twice.body.error.code).toBe('PROPOSAL_NOT_PENDING');

    const newOne = await mentee.client.post(`/api/matches/${matchId}/proposals`, {
      localStart: londonLocal(12),
      timeZone: 'Europe/London',
      durationMinutes: 45,
    });
    const declined = await mentor.client.post(`/api/proposals/${newOne.body.id}/decline`, { reason: 'Travelling' });
    expect(declined.body).toMatchObject({ status: 'declined', responseReason: 'Travelling' });
    expect((await mentee.client.get(`/api/matches/${matchId}/schedule`)).body.meetings).toHaveLength(1);
  });
});

describe('attendance', () => {
  async function pastMeeting() {
    const pair = await pairInLondon();
    const meeting = await pair.mentor.client.post(`/api/matches/${pair.matchId}/meetings`, {
      localStart: londonLocal(2),
      timeZone: 'Europe/London',
      durationMinutes: 45,
    });
    return { ...pair, meetingId: meeting.body.id as string };
  }

  it('marks a meeting held when both say they met, keeping the ratings for the Trust Index', async () => {
    const { matchId, mentor, mentee, meetingId } = await pastMeeting();
    const tooEarly = await mentee.client.post(`/api/meetings/${meetingId}/attendance`, { answer: 'met', feltHeard: 4 });
    expect(tooEarly.body.error.code).toBe('MEETING_NOT_OVER');
    app().clock.advance(3 * DAY);
    const first = await mentee.client.post(`/api/meetings/${meetingId}/attendance`, { answer: 'met', feltHeard: 4 });
    expect(first.body.status).toBe('scheduled');
    const second = await mentor.client.post(`/api/meetings/${meetingId}/attendance`, {
      answer: 'met',
      sharedExperience: true,
    });
    expect(second.body.status).toBe('held');
    const menteeView = (await mentee.client.get(`/api/matches/${matchId}/schedule`)).body.meetings[0];
    expect(menteeView).toMatchObject({ feltHeard: 4, mentorSharedExperience: null, awaitingMyAttendance: false });
    const mentorView = (await mentor.client.get(`/api/matches/${matchId}/schedule`)).body.meetings[0];
    expect(mentorView).toMatchObject({ feltHeard: null, mentorSharedExperience: true });
    const settled = await mentee.client.post(`/api/meetings/${meetingId}/attendance`, { answer: 'i-could-not-come' });
    expect(settled.body.error.code).toBe('MEETING_SETTLED');
  });

  it('refuses the mentor a felt-heard rating', async () => {
    const { mentor, meetingId } = await pastMeeting();
    app().clock.advance(3 * DAY);
    const res = await mentor.client.post(`/api/meetings/${meetingId}/attendance`, { answer: 'met', feltHeard: 5 });
    expect(res.status).toBe(400);
  });

  it('records a no-show both agree on, and disputes a disagreement until the coordinator resolves it', async () => {
    const { w, matchId, mentor, mentee, meetingId } = await pastMeeting();
    const other = await mentor.client.post(`/api/matches/${matchId}/meetings`, {
      localStart: londonLocal(2, '10:00'),
      timeZone: 'Europe/London',
      durationMinutes: 45,
    });
    app().clock.advance(3 * DAY);
    await mentor.client.post(`/api/meetings/${other.body.id}/attendance`, { answer: 'i-could-not-come' });
    const noShow = await mentee.client.post(`/api/meetings/${other.body.id}/attendance`, {
      answer: 'they-did-not-come',
    });
    expect(noShow.body).toMatchObject({ status: 'no-show', noShowBy: 'mentor' });

    await mentor.client.post(`/api/meetings/${meetingId}/attendance`, { answer: 'met' });
    const disputed = await mentee.client.post(`/api/meetings/${meetingId}/attendance`, { answer: 'they-did-not-come' });
    expect(disputed.body.status).toBe('disputed');
    const byMentor = await mentor.client.post(`/api/meetings/${meetingId}/resolution`, { outcome: 'held' });
    expect(byMentor.status).toBe(404);
    const resolved = await w.coordinator.client.post(`/api/meetings/${meetingId}/resolution`, {
      outcome: 'no-show',
      noShowBy: 'mentor',
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'no-show', noShowBy: 'mentor' });
    const audit = await w.admin.get(`/api/organizations/${w.orgId}/audit-events?limit=200`);
    expect(audit.body.map((e: { action: string }) => e.action)).toContain('meeting.resolved');
    const staffView = await w.coordinator.client.get(`/api/matches/${matchId}/schedule`);
    expect(staffView.status).toBe(200);
    expect(staffView.body.meetings.every((m: { feltHeard: unknown }) => m.feltHeard === null)).toBe(true);
  });
});

describe('refusing what cannot be', () => {
  it('refuses a meeting in the past, after the program, overlapping, too short, or by someone outside the match', async () => {
    const { w, matchId, mentor, mentee } = await pairInLondon();
    const plan = (client: typeof mentor.client, body: Record<string, unknown>) =>
      client.post(`/api/matches/${matchId}/meetings`, { timeZone: 'Europe/London', durationMinutes: 45, ...body });
    expect((await plan(mentor.client, { localStart: londonLocal(-1) })).body.error.code).toBe('MEETING_IN_PAST');
    const dayAfterProgram = isoDayAfter(PROGRAM_DATES.endsOn, 1);
    expect((await plan(mentor.client, { localStart: `${dayAfterProgram}T10:00` })).body.error.code).toBe(
      'MEETING_OUTSIDE_MATCH',
    );
    const bad = await plan(mentor.client, { localStart: londonLocal(3), durationMinutes: -30 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect((await plan(mentor.client, { localStart: londonLocal(3), timeZone: 'Mars/Olympus' })).status).toBe(400);
    expect((await plan(mentor.client, { localStart: londonLocal(3) })).status).toBe(201);
    const clash = await plan(mentee.client, { localStart: londonLocal(3, '16:30') });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('MEETING_OVERLAPS');
    const outsider = await w.readyPerson('mentee', 'Olive Outsider');
    expect((await plan(outsider.client, { localStart: londonLocal(4) })).status).toBe(404);
    expect((await plan(w.coordinator.client, { localStart: londonLocal(4) })).status).toBe(404);
    expect((await outsider.client.get(`/api/matches/${matchId}/schedule`)).status).toBe(404);
    expect((await mentor.client.get(`/api/matches/${matchId}/schedule`)).body.meetings).toHaveLength(1);
  });

  it('refuses a time when the mentor already meets another mentee then', async () => {
    const w = await matchingProgram(app());
    const first = await activeMatch(w, { mentor: { name: 'Ana Mentor', capacity: 2 }, mentee: { name: 'Cal Mentee' } });
    const dee = await w.readyPerson('mentee', 'Dee Mentee');
    const agreement = await dee.client.get(`/api/programs/${w.program.id}/agreement?language=en`);
    const asked = await dee.client.post(`/api/participants/${dee.participantId}/mentor-requests`, {
      mentorParticipantId: first.mentor.participantId,
      agreementVersionId: agreement.body.id,
    });
    expect(asked.status).toBe(201);
    const accepted = await first.mentor.client.post(`/api/matches/${asked.body.id}/acceptance`, {
      agreementVersionId: agreement.body.id,
    });
    expect(accepted.body.status).toBe('active');
    const withCal = await first.mentor.client.post(`/api/matches/${first.matchId}/meetings`, {
      localStart: londonLocal(4),
      timeZone: 'Europe/London',
      durationMinutes: 60,
    });
    expect(withCal.status).toBe(201);
    const withDee = await dee.client.post(`/api/matches/${asked.body.id}/meetings`, {
      localStart: londonLocal(4, '16:30'),
      timeZone: 'Europe/London',
      durationMinutes: 45,
    });
    expect(withDee.status).toBe(409);
    expect(withDee.body.error.code).toBe('MEETING_OVERLAPS');
    const later = await dee.client.post(`/api/matches/${asked.body.id}/meetings`, {
      localStart: londonLocal(4, '17:00'),
      timeZone: 'Europe/London',
      durationMinutes: 45,
    });
    expect(later.status).toBe(201);
  });

  it('refuses a whole rhythm when one of its meetings would clash, writing none of it', async () => {
    const { matchId, mentor, mentee } = await pairInLondon();
    const inThreeWeeks = new Date(Date.now() + 21 * DAY);
    const weekday = inThreeWeeks.getUTCDay();
    await mentor.client.post(`/api/matches/${matchId}/meetings`, {
      localStart: `${inThreeWeeks.toISOString().slice(0, 10)}T16:15`,
      timeZone: 'Europe/London',
      durationMinutes: 30,
    });
    const res = await mentee.client.post(`/api/matches/${matchId}/series`, {
      weekday,
      localTime: '16:00',
      timeZone: 'Europe/London',
      intervalWeeks: 1,
      durationMinutes: 45,
      firstDate: new Date(Date.now() + DAY).toISOString().slice(0, 10),
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('MEETING_OVERLAPS');
    const schedule = await mentor.client.get(`/api/matches/${matchId}/schedule`);
    expect(schedule.body.meetings).toHaveLength(1);
    expect(schedule.body.series).toBeNull();
    const fortnightlyTooRare = await mentee.client.post(`/api/matches/${matchId}/series`, {
      weekday,
      localTime: '09:00',
      timeZone: 'Europe/London',
      intervalWeeks: 2,
      durationMinutes: 45,
      firstDate: new Date(Date.now() + DAY).toISOString().slice(0, 10),
    });
    expect(fortnightlyTooRare.body.error.code).toBe('RHYTHM_OUTSIDE_PROGRAM');
  });

  it('cancels the later meetings when the coordinator closes the match', async () => {
    const { w, matchId, mentor } = await pairInLondon();
    await mentor.client.post(`/api/matches/${matchId}/series`, {
      weekday: 3,
      localTime: '16:00',
      timeZone: 'Europe/London',
      intervalWeeks: 1,
      durationMinutes: 45,
      firstDate: new Date(Date.now() + DAY).toISOString().slice(0, 10),
    });
    const closed = await w.coordinator.client.post(`/api/matches/${matchId}/closure`, {
      reason: 'Moved school',
      rematch: false,
    });
    expect(closed.status).toBe(200);
    const schedule = await w.coordinator.client.get(`/api/matches/${matchId}/schedule`);
    expect(schedule.body.meetings.length).toBeGreaterThan(10);
    expect(schedule.body.meetings.every((m: { status: string }) => m.status === 'cancelled')).toBe(true);
    expect(schedule.body.series).toBeNull();
  });
});
