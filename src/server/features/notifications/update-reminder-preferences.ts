import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { enqueueReminders } from './enqueue-reminders.ts';
import { findReminderSettings, type ReminderSettings, settingsOf } from './find-reminder-settings.ts';
import { getReminderPreferences, type ReminderPreferencesView } from './get-reminder-preferences.ts';
import { listUpcomingMeetingsOfUser } from './list-upcoming-meetings-of-user.ts';
import { planBeforeMeeting } from './schedule-meeting-reminders.ts';
import { reminderPreferences } from './tables.ts';

export interface ReminderPreferencesInput {
  meetingOffsets: number[];
  byEmail: boolean;
  quietStart: string | null;
  quietEnd: string | null;
  timeZone: string;
}

/**
 * Saves the reader's reminder preferences. Reminders already queued stay: each checks, when it is
 * due, that its offset is still wanted and whether email is. What the queue cannot know is new:
 * an offset added, or quiet hours (or their zone) changed, plans this person's upcoming meetings
 * again; the delivery key keeps a reminder planned twice from arriving twice.
 */
export async function updateReminderPreferences(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  input: ReminderPreferencesInput,
): Promise<ReminderPreferencesView> {
  const before = settingsOf(await findReminderSettings(tx, [actor.userId]), actor.userId);
  const values = { ...input, meetingOffsets: [...input.meetingOffsets].sort((a, b) => b - a) };
  await tx
    .insert(reminderPreferences)
    .values({ userId: actor.userId, ...values, updatedAt: ctx.clock.now() })
    .onConflictDoUpdate({ target: reminderPreferences.userId, set: { ...values, updatedAt: ctx.clock.now() } });
  const after = settingsOf(await findReminderSettings(tx, [actor.userId]), actor.userId);
  const offsets = offsetsToPlan(before, after);
  if (offsets.length > 0) {
    const now = ctx.clock.now();
    const upcoming = await listUpcomingMeetingsOfUser(tx, actor.userId, now);
    await enqueueReminders(
      tx,
      ctx,
      upcoming.flatMap(({ meeting, timeZone }) =>
        planBeforeMeeting(meeting, { userId: actor.userId, timeZone }, { ...after, meetingOffsets: offsets }, now),
      ),
    );
  }
  return getReminderPreferences(tx, actor);
}

function offsetsToPlan(before: ReminderSettings, after: ReminderSettings): number[] {
  const sameQuiet =
    before.quiet?.start === after.quiet?.start &&
    before.quiet?.end === after.quiet?.end &&
    (before.timeZone === after.timeZone || before.quiet === null);
  if (!sameQuiet) return after.meetingOffsets;
  return after.meetingOffsets.filter((o) => !before.meetingOffsets.includes(o));
}
