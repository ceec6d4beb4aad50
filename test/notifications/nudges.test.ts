import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { commitments } from '../../src/server/features/commitments/tables.ts';
import { addDays, toLocalParts } from '../../src/server/lib/zoned-time.ts';
import { activeMatch } from '../support/active-match.ts';
import { jobsAppPerFile } from '../support/jobs-app.ts';
import { matchingProgram } from '../support/matching-world.ts';
import { DAY, HOUR, localAt, mailsTo, noticesOf, planMeeting } from './support/reminders.ts';

const london = 'Europe/London';
const MINUTE = 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe('overdue commitments, unanswered proposals and matches that stopped meeting', () => {
  const jobs = jobsAppPerFile();

  /** A world whose clock stands at noon in London, so a few days later is not in anyone's quiet hours. */
  async function world() {
    const t = jobs();
    const w = await matchingProgram(t.asTestApp());
    const pair = await activeMatch(w);
    await t.advanceTo(localAt(t.now(), 1, '12:00', london).at);
    return { t, w, ...pair };
  }

  it('reminds the owner of an overdue commitment once, after their quiet hours, and tells the other person', async () => {
    const { t, matchId, mentor, mentee } = await world();
    const dueDate = addDays(toLocalParts(t.now(), london).date, 2);
    const created = await mentee.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentee',
      text: 'Ask two teachers about the science club',
      dueDate,
    });
    expect(created.status, created.text).toBe(201);
    const kept = await mentee.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentor',
      text: 'Send the revision timetable',
      dueDate,
    });
    expect((await mentor.client.post(`/api/commitments/${kept.body.id}/completion`)).status).toBe(200);

    // Due at midnight after the due day; 00:00–08:00 is quiet, so the reminder comes at 08:00.
    const eight = localAt(t.now(), 3, '08:00', london).at;
    await t.advanceTo(at(eight, -MINUTE));
    expect(await noticesOf(mentee.client, 'commitmentOverdue')).toHaveLength(0);

    await t.advanceTo(eight);
    const [reminded] = await noticesOf(mentee.client, 'commitmentOverdue');
    const day = Number(dueDate.slice(8));
    expect(reminded?.message).toMatch(new RegExp(`^A commitment of yours was due on \\w+, \\w+ ${day}$`));
    const [told] = await noticesOf(mentor.client, 'commitmentOverdueOther');
    expect(told?.message).toMatch(/^A commitment of Cal Mentee was due on .*: you both see it as overdue$/);
    const [mail] = mailsTo(t, mentee.email, 'Something you said you would do is overdue');
    expect(mail?.text).toContain('Ana Mentor');
    expect(mail?.text).not.toContain('science club');
    expect(mailsTo(t, mentor.email, 'Something you said')).toHaveLength(0);
    const [row] = await t.ctx.database.db.select().from(commitments).where(eq(commitments.id, created.body.id));
    expect(row?.overdueRemindedAt).toEqual(expect.any(Date));
    const list = await mentor.client.get(`/api/matches/${matchId}/commitments`);
    expect(list.body.find((c: { id: string }) => c.id === created.body.id)).toMatchObject({ overdue: true });

    await t.advanceTo(at(eight, 4 * DAY));
    expect(await noticesOf(mentee.client, 'commitmentOverdue')).toHaveLength(1);
    expect(await noticesOf(mentor.client, 'commitmentOverdueOther')).toHaveLength(1);
    expect(await noticesOf(mentor.client, 'commitmentOverdue')).toHaveLength(0);
    expect(mailsTo(t, mentee.email, 'Something you said')).toHaveLength(1);
  });

  it('nudges the mentor about a proposal unanswered for 3 days and tells the coordinator after 7', async () => {
    const { t, w, matchId, mentor, mentee } = await world();
    const propose = (client: typeof mentee.client, days: number) =>
      client.post(`/api/matches/${matchId}/proposals`, {
        localStart: localAt(t.now(), days, '16:00', london).local,
        timeZone: london,
        durationMinutes: 45,
      });
    const waiting = await propose(mentee.client, 10);
    expect(waiting.status, waiting.text).toBe(201);
    const declined = await propose(mentee.client, 11);
    expect((await mentor.client.post(`/api/proposals/${declined.body.id}/decline`, { reason: 'Away' })).status).toBe(
      200,
    );
    expect((await propose(mentor.client, 12)).status).toBe(201);
    const proposedAt = t.now();

    await t.advanceTo(at(proposedAt, 3 * DAY - MINUTE));
    expect(await noticesOf(mentor.client, 'proposalNudge')).toHaveLength(0);
    await t.advanceTo(at(proposedAt, 3 * DAY));
    const [nudge] = await noticesOf(mentor.client, 'proposalNudge');
    expect(nudge).toMatchObject({ link: `/matches/${matchId}/schedule` });
    expect(nudge?.message).toMatch(/^Cal Mentee is waiting for your answer to the time they proposed \(.*16:00/);
    expect(mailsTo(t, mentor.email, 'Cal Mentee is waiting for your answer')).toHaveLength(1);
    expect(await noticesOf(mentee.client, 'proposalNudge')).toHaveLength(0);
    expect(await noticesOf(w.coordinator.client, 'proposalEscalation')).toHaveLength(0);

    await t.advanceTo(at(proposedAt, 7 * DAY));
    const [told] = await noticesOf(w.coordinator.client, 'proposalEscalation');
    expect(told?.message).toBe('A time Cal Mentee proposed to Ana Mentor has waited 7 days for an answer');
    expect(mailsTo(t, 'cora@hill.example', 'A meeting proposal has waited 7 days')).toHaveLength(1);
    expect(await noticesOf(mentor.client, 'proposalNudge')).toHaveLength(1);

    // Nudges block nothing: the mentor can still answer.
    expect((await mentor.client.post(`/api/proposals/${waiting.body.id}/acceptance`)).status).toBe(200);
    await t.advanceTo(at(proposedAt, 9 * DAY));
    expect(await noticesOf(w.coordinator.client, 'proposalEscalation')).toHaveLength(1);
    expect(mailsTo(t, mentor.email, 'Cal Mentee is waiting')).toHaveLength(1);
  });

  it('tells the coordinator once when a match has held no meeting for three times its cadence', async () => {
    const { t, w, matchId, mentor, mentee } = await world();
    const meeting = await planMeeting(mentor.client, matchId, localAtZone(t.now(), 2));
    await t.advanceTo(at(meeting.startsAt, HOUR));
    for (const [person, extra] of [
      [mentor, { sharedExperience: false }],
      [mentee, { feltHeard: 4 }],
    ] as const) {
      const res = await person.client.post(`/api/meetings/${meeting.id}/attendance`, { answer: 'met', ...extra });
      expect(res.status, res.text).toBe(200);
    }

    // The program expects weekly meetings: three weeks without one is the signal. The check runs daily.
    await t.advanceTo(at(meeting.startsAt, 20 * DAY));
    expect(await noticesOf(w.coordinator.client, 'noMeetingAlert')).toHaveLength(0);
    await t.advanceTo(at(meeting.startsAt, 22 * DAY));
    const [alert] = await noticesOf(w.coordinator.client, 'noMeetingAlert');
    expect(alert?.message).toMatch(/^Cal Mentee and Ana Mentor have not held a meeting for 2\d days$/);
    expect(mailsTo(t, 'cora@hill.example', 'No meeting held for')).toHaveLength(1);

    await t.advanceTo(at(meeting.startsAt, 26 * DAY));
    expect(await noticesOf(w.coordinator.client, 'noMeetingAlert')).toHaveLength(1);
    expect(mailsTo(t, 'cora@hill.example', 'No meeting held for')).toHaveLength(1);
    expect(await noticesOf(mentor.client, 'noMeetingAlert')).toHaveLength(0);
  });
});

function localAtZone(now: Date, days: number) {
  return { local: localAt(now, days, '16:00', london).local, timeZone: london };
}
