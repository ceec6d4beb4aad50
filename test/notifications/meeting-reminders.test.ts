import { describe, expect, it } from 'vitest';
import type { ReminderPayload } from '../../src/server/features/notifications/reminder-payload.ts';
import { activeMatch } from '../support/active-match.ts';
import { type JobsApp, jobsAppPerFile } from '../support/jobs-app.ts';
import { matchingProgram } from '../support/matching-world.ts';
import { DAY, HOUR, localAt, mailsTo, noticesOf, planMeeting } from './support/reminders.ts';

const london = 'Europe/London';
const newYork = 'America/New_York';
const MINUTE = 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** Waits for the reminder job matching `select` to have run to its end (pg-boss's job spy). */
function reminderRan(t: JobsApp, select: (job: ReminderPayload) => boolean) {
  return t.boss.getSpy<ReminderPayload>('reminder').waitForJob(select, 'completed');
}

describe('reminders before a meeting', () => {
  const jobs = jobsAppPerFile();

  async function pair(menteeZone = london) {
    const t = jobs();
    const w = await matchingProgram(t.asTestApp());
    // Free at the same moment: Wednesdays 16:00–18:00 in London, 11:00–13:00 in New York.
    const availability = [
      { day: 'wed', ...(menteeZone === london ? { start: '16:00', end: '18:00' } : { start: '11:00', end: '13:00' }) },
    ];
    const people = await activeMatch(w, {
      mentor: { name: 'Ana Mentor' },
      mentee: { name: 'Cal Mentee', timeZone: menteeZone, availability },
    });
    return { t, w, ...people };
  }

  it('delivers the 24 h and the 1 h reminder once each, in the app and by email in each person’s own time', async () => {
    const { t, matchId, mentor, mentee } = await pair(newYork);
    const start = localAt(t.now(), 3, '16:00', london);
    const meeting = await planMeeting(mentor.client, matchId, { local: start.local, timeZone: london });
    expect(meeting.startsAt).toEqual(start.at);

    await t.advanceTo(at(start.at, -24 * HOUR - MINUTE));
    expect(await noticesOf(mentee.client, 'meetingReminder')).toHaveLength(0);
    expect(mailsTo(t, mentee.email, 'Reminder:')).toHaveLength(0);

    await t.advanceTo(at(start.at, -23 * HOUR));
    expect(await noticesOf(mentee.client, 'meetingReminder')).toHaveLength(1);
    expect(await noticesOf(mentor.client, 'meetingReminder')).toHaveLength(1);
    const [first] = mailsTo(t, mentee.email, 'Reminder: meeting with Ana Mentor');
    // 16:00 in London is 11:00 in New York (both on standard time in late November and December).
    expect(first?.subject).toMatch(/11:00 \(America\/New_York\)$/);
    expect(first?.text).toContain('Where: Library, room 2');
    expect(first?.text).toContain(`http://localhost:3000/matches/${matchId}/schedule`);
    expect(mailsTo(t, mentor.email, 'Reminder: meeting with Cal Mentee')[0]?.subject).toMatch(
      /16:00 \(Europe\/London\)$/,
    );

    await t.advanceTo(at(start.at, -30 * MINUTE));
    const notices = await noticesOf(mentee.client, 'meetingReminder');
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatchObject({ link: `/matches/${matchId}/schedule` });
    expect(notices[0]?.message).toMatch(/^Reminder: you meet Ana Mentor on .*11:00 \(America\/New_York\)$/);
    expect(mailsTo(t, mentee.email, 'Reminder: meeting with Ana Mentor')).toHaveLength(2);
    expect(mailsTo(t, mentor.email, 'Reminder: meeting with Cal Mentee')).toHaveLength(2);

    // Polls, the attendance questions and the day after bring no third reminder.
    await t.advanceTo(at(start.at, DAY));
    expect(await noticesOf(mentee.client, 'meetingReminder')).toHaveLength(2);
    expect(mailsTo(t, mentee.email, 'Reminder:')).toHaveLength(2);
  });

  it('makes the reminders of a moved meeting do nothing, and sends those of its new time', async () => {
    const { t, matchId, mentor, mentee } = await pair();
    const old = localAt(t.now(), 3, '16:00', london);
    const meeting = await planMeeting(mentor.client, matchId, { local: old.local, timeZone: london });
    const moved = localAt(t.now(), 4, '17:00', london);
    const res = await mentee.client.post(`/api/meetings/${meeting.id}/reschedule`, {
      localStart: moved.local,
      timeZone: london,
      reason: 'My exam moved',
    });
    expect(res.status, res.text).toBe(200);

    await t.advanceTo(at(old.at, -HOUR + MINUTE));
    // Both reminders planned for the old time came due and ran, delivering nothing.
    for (const offsetMinutes of [1440, 60]) {
      await reminderRan(
        t,
        (j) => j.kind === 'meeting' && j.startsAt === old.at.toISOString() && j.offsetMinutes === offsetMinutes,
      );
    }
    expect(await noticesOf(mentee.client, 'meetingReminder')).toHaveLength(0);
    expect(await noticesOf(mentor.client, 'meetingReminder')).toHaveLength(0);

    await t.advanceTo(at(moved.at, -24 * HOUR + MINUTE));
    const [notice] = await noticesOf(mentor.client, 'meetingReminder');
    expect(notice?.message).toMatch(/17:00 \(Europe\/London\)$/);
    await t.advanceTo(at(moved.at, -HOUR + MINUTE));
    expect(await noticesOf(mentor.client, 'meetingReminder')).toHaveLength(2);
    expect(await noticesOf(mentee.client, 'meetingReminder')).toHaveLength(2);
    expect(mailsTo(t, mentee.email, 'Reminder:').map((m) => m.subject)).toEqual([
      expect.stringMatching(/17:00 \(Europe\/London\)$/),
      expect.stringMatching(/17:00 \(Europe\/London\)$/),
    ]);
  });

  it('reminds once of a meeting moved away and back: the same reminder queued twice is delivered once', async () => {
    const { t, matchId, mentor, mentee } = await pair();
    const start = localAt(t.now(), 3, '16:00', london);
    const meeting = await planMeeting(mentor.client, matchId, { local: start.local, timeZone: london });
    for (const to of [localAt(t.now(), 5, '16:00', london).local, start.local]) {
      const res = await mentee.client.post(`/api/meetings/${meeting.id}/reschedule`, {
        localStart: to,
        timeZone: london,
        reason: 'Back and forth',
      });
      expect(res.status, res.text).toBe(200);
    }
    const { rows } = await t.database.query<{ n: number }>(
      `select count(*)::int as n from pgboss.job where name = 'reminder' and data->>'dedupKey' like 'meeting:%:1440:%'
         and data->>'startsAt' = $1`,
      [start.at.toISOString()],
    );
    expect(rows[0]?.n).toBe(4); // two people, each twice

    await t.advanceTo(at(start.at, -30 * MINUTE));
    expect(await noticesOf(mentee.client, 'meetingReminder')).toHaveLength(2);
    expect(await noticesOf(mentor.client, 'meetingReminder')).toHaveLength(2);
    expect(mailsTo(t, mentee.email, 'Reminder:')).toHaveLength(2);
  });

  it('sends nothing for a cancelled meeting: no reminders, no attendance questions', async () => {
    const { t, matchId, mentor, mentee } = await pair();
    const start = localAt(t.now(), 3, '16:00', london);
    const meeting = await planMeeting(mentor.client, matchId, { local: start.local, timeZone: london });
    const res = await mentee.client.post(`/api/meetings/${meeting.id}/cancellation`, { reason: 'I am ill' });
    expect(res.status, res.text).toBe(200);

    await t.advanceTo(at(start.at, 2 * DAY));
    await reminderRan(t, (j) => j.kind === 'meeting' && j.meetingId === meeting.id && j.offsetMinutes === 60);
    await reminderRan(t, (j) => j.kind === 'attendance' && j.meetingId === meeting.id && j.round === 2);
    for (const person of [mentor, mentee]) {
      const kinds = (await noticesOf(person.client)).map((n) => n.kind);
      expect(kinds).not.toContain('meetingReminder');
      expect(kinds).not.toContain('attendanceRequest');
      expect(kinds).not.toContain('attendanceAgain');
      expect(mailsTo(t, person.email, 'Reminder:')).toHaveLength(0);
      expect(mailsTo(t, person.email, 'Did you meet')).toHaveLength(0);
    }
  });

  it('moves a reminder that falls in quiet hours (21:00–08:00 by default) to the evening before', async () => {
    const { t, matchId, mentor, mentee } = await pair();
    const start = localAt(t.now(), 3, '08:30', london);
    await planMeeting(mentor.client, matchId, { local: start.local, timeZone: london });
    const eveningBefore = localAt(t.now(), 2, '20:59', london).at;

    // The 24 h one at 08:30 the day before; the 1 h one (07:30, quiet) not yet.
    await t.advanceTo(at(eveningBefore, -MINUTE));
    expect(await noticesOf(mentee.client, 'meetingReminder')).toHaveLength(1);

    await t.advanceTo(eveningBefore);
    expect(await noticesOf(mentee.client, 'meetingReminder')).toHaveLength(2);
    expect(await noticesOf(mentor.client, 'meetingReminder')).toHaveLength(2);
    expect(mailsTo(t, mentee.email, 'Reminder:')).toHaveLength(2);

    await t.advanceTo(at(start.at, -30 * MINUTE));
    expect(await noticesOf(mentee.client, 'meetingReminder')).toHaveLength(2);
    expect(mailsTo(t, mentee.email, 'Reminder:')).toHaveLength(2);
  });

  it('follows preferences changed after planning: an offset dropped is not sent, one added is, email off', async () => {
    const { t, matchId, mentor, mentee } = await pair();
    const start = localAt(t.now(), 3, '16:00', london);
    await planMeeting(mentor.client, matchId, { local: start.local, timeZone: london });
    const saved = await mentee.client.put('/api/me/reminder-preferences', {
      meetingOffsets: [120],
      byEmail: false,
      quietStart: null,
      quietEnd: null,
      timeZone: london,
    });
    expect(saved.status, saved.text).toBe(200);

    await t.advanceTo(at(start.at, -30 * MINUTE));
    expect(await noticesOf(mentee.client, 'meetingReminder')).toHaveLength(1);
    expect(mailsTo(t, mentee.email, 'Reminder:')).toHaveLength(0);
    await reminderRan(
      t,
      (j) => j.kind === 'meeting' && j.offsetMinutes === 1440 && j.startsAt === start.at.toISOString(),
    );
    // The mentor kept the defaults.
    expect(await noticesOf(mentor.client, 'meetingReminder')).toHaveLength(2);
    expect(mailsTo(t, mentor.email, 'Reminder:')).toHaveLength(2);
  });
});

describe('asking whether a meeting took place', () => {
  const jobs = jobsAppPerFile();

  it('asks both when the meeting ends, and the next day only the one who has not answered, in their language', async () => {
    const t = jobs();
    const w = await matchingProgram(t.asTestApp());
    const { matchId, mentor, mentee } = await activeMatch(w);
    expect((await mentee.client.patch('/api/me', { locale: 'es' })).status).toBe(200);
    const start = localAt(t.now(), 2, '16:00', london);
    const meeting = await planMeeting(mentor.client, matchId, { local: start.local, timeZone: london });
    const end = at(start.at, 45 * MINUTE);

    await t.advanceTo(at(end, -MINUTE));
    expect(await noticesOf(mentor.client, 'attendanceRequest')).toHaveLength(0);
    await t.advanceTo(end);
    expect(await noticesOf(mentor.client, 'attendanceRequest')).toHaveLength(1);
    const [asked] = await noticesOf(mentee.client, 'attendanceRequest');
    expect(asked?.message).toMatch(/^¿Te reuniste con Ana Mentor el .*16:00 \(Europe\/London\)\? Cuéntanos qué pasó$/);
    expect(mailsTo(t, mentor.email, 'Did you meet Cal Mentee?')).toHaveLength(1);
    expect(mailsTo(t, mentee.email, '¿Te reuniste con Ana Mentor?')).toHaveLength(1);

    const answered = await mentor.client.post(`/api/meetings/${meeting.id}/attendance`, {
      answer: 'met',
      sharedExperience: true,
    });
    expect(answered.status, answered.text).toBe(200);

    await t.advanceTo(at(end, DAY + MINUTE));
    expect(await noticesOf(mentee.client, 'attendanceAgain')).toHaveLength(1);
    expect(mailsTo(t, mentee.email, 'Pendiente de confirmar: tu reunión con Ana Mentor')).toHaveLength(1);
    expect(await noticesOf(mentor.client, 'attendanceAgain')).toHaveLength(0);
    expect(mailsTo(t, mentor.email, 'Still to confirm')).toHaveLength(0);

    await t.advanceTo(at(end, 3 * DAY));
    expect(await noticesOf(mentee.client, 'attendanceAgain')).toHaveLength(1);
    expect(await noticesOf(mentee.client, 'attendanceRequest')).toHaveLength(1);
  });
});
