import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import type { MeetingRow } from '../meetings/tables.ts';
import { enqueueReminders, type PlannedReminder } from './enqueue-reminders.ts';
import { findMatchPeople, type MatchPerson } from './find-match-people.ts';
import { findReminderSettings, type ReminderSettings, settingsOf } from './find-reminder-settings.ts';
import { reminderTimeAfter, reminderTimeBefore } from './quiet-hours.ts';
import { DAY } from './reminder-payload.ts';

/**
 * Enqueues, in the caller's transaction, each person's reminders before a meeting and the
 * attendance question after it. Call it whenever a meeting is created or moved: jobs planned for
 * an earlier time find the meeting moved and do nothing.
 */
export async function scheduleMeetingReminders(tx: Tx, ctx: Ctx, meeting: MeetingRow): Promise<void> {
  await scheduleMeetingsReminders(tx, ctx, [meeting]);
}

/** The same for many meetings at once (a series' occurrences): three reads and one job insert. */
export async function scheduleMeetingsReminders(tx: Tx, ctx: Ctx, meetings: MeetingRow[]): Promise<void> {
  const scheduled = meetings.filter((m) => m.status === 'scheduled');
  if (scheduled.length === 0) return;
  const people = await findMatchPeople(
    tx,
    scheduled.map((m) => m.matchId),
  );
  const userIds = [...people.values()].flatMap((p) => [p.mentor.userId, p.mentee.userId]);
  const settings = await findReminderSettings(tx, userIds);
  const now = ctx.clock.now();
  const planned: PlannedReminder[] = [];
  for (const meeting of scheduled) {
    const pair = people.get(meeting.matchId);
    if (!pair) continue;
    for (const person of [pair.mentor, pair.mentee]) {
      const mine = settingsOf(settings, person.userId);
      planned.push(...planBeforeMeeting(meeting, person, mine, now), ...planAfterMeeting(meeting, person, mine));
    }
  }
  await enqueueReminders(tx, ctx, planned);
}

type Person = Pick<MatchPerson, 'userId' | 'timeZone'>;

/** One person's reminders before one meeting: one per offset whose time is still ahead. */
export function planBeforeMeeting(
  meeting: MeetingRow,
  person: Person,
  settings: ReminderSettings,
  now: Date,
): PlannedReminder[] {
  const zone = settings.timeZone ?? person.timeZone;
  const startsAt = meeting.startsAt.toISOString();
  const planned: PlannedReminder[] = [];
  for (const offsetMinutes of settings.meetingOffsets) {
    const wanted = new Date(meeting.startsAt.getTime() - offsetMinutes * 60_000);
    const sendAt = reminderTimeBefore(wanted, meeting.startsAt, now, settings.quiet, zone);
    if (!sendAt) continue;
    planned.push({
      sendAt,
      payload: {
        kind: 'meeting',
        dedupKey: meetingReminderKey(meeting.id, startsAt, offsetMinutes, person.userId),
        meetingId: meeting.id,
        userId: person.userId,
        startsAt,
        offsetMinutes,
      },
    });
  }
  return planned;
}

/** "Did you meet?" when the meeting ends (after quiet hours), and again a day later if unanswered. */
export function planAfterMeeting(meeting: MeetingRow, person: Person, settings: ReminderSettings): PlannedReminder[] {
  const zone = settings.timeZone ?? person.timeZone;
  const startsAt = meeting.startsAt.toISOString();
  const endsAt = meeting.endsAt.toISOString();
  return ([1, 2] as const).map((round) => ({
    sendAt: reminderTimeAfter(new Date(meeting.endsAt.getTime() + (round - 1) * DAY), settings.quiet, zone),
    payload: {
      kind: 'attendance',
      dedupKey: `attendance:${meeting.id}:${startsAt}:${endsAt}:${round}:${person.userId}`,
      meetingId: meeting.id,
      userId: person.userId,
      startsAt,
      endsAt,
      round,
    },
  }));
}

export function meetingReminderKey(meetingId: string, startsAt: string, offsetMinutes: number, userId: string): string {
  return `meeting:${meetingId}:${startsAt}:${offsetMinutes}:${userId}`;
}
