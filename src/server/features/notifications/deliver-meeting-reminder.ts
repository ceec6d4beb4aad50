import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { translate } from '../../lib/i18n.ts';
import { formatMeetingTime } from '../meetings/format-meeting-time.ts';
import { type MeetingRow, meetings } from '../meetings/tables.ts';
import { deliverReminder } from './deliver-reminder.ts';
import { findMatchPeople, otherOf, sideOf } from './find-match-people.ts';
import { findReminderSettings, settingsOf } from './find-reminder-settings.ts';
import type { PayloadOf } from './reminder-payload.ts';

/**
 * A reminder before a meeting, if it still stands: the meeting is scheduled at the start the job
 * was planned for, the match is active, the person still wants this offset, and it has not begun.
 */
export async function deliverMeetingReminder(tx: Tx, ctx: Ctx, job: PayloadOf<'meeting'>): Promise<boolean> {
  // FOR SHARE: a cancellation or a move committing meanwhile is seen, not raced.
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, job.meetingId)).for('share');
  if (meeting?.status !== 'scheduled' || meeting.startsAt.toISOString() !== job.startsAt) return false;
  if (ctx.clock.now() >= meeting.startsAt) return false;
  const pair = (await findMatchPeople(tx, [meeting.matchId])).get(meeting.matchId);
  if (pair?.match.status !== 'active') return false;
  const person = sideOf(pair, job.userId);
  if (!person) return false;
  const settings = settingsOf(await findReminderSettings(tx, [person.userId]), person.userId);
  if (!settings.meetingOffsets.includes(job.offsetMinutes)) return false;
  const other = otherOf(pair, person);
  const link = `/matches/${pair.match.id}/schedule`;
  return deliverReminder(tx, ctx, {
    dedupKey: job.dedupKey,
    notice: {
      userId: person.userId,
      organizationId: pair.match.organizationId,
      kind: 'meetingReminder',
      data: {
        matchId: pair.match.id,
        meetingId: meeting.id,
        startsAt: job.startsAt,
        other: other.name,
        offsetMinutes: job.offsetMinutes,
      },
      link,
    },
    mail: settings.byEmail
      ? {
          organizationId: pair.match.organizationId,
          to: person.email,
          locale: person.locale,
          template: 'meetingReminder',
          vars: {
            name: person.name,
            other: other.name,
            program: pair.programName,
            when: formatMeetingTime(meeting.startsAt, person.timeZone, person.locale),
            where: placeOf(meeting, person.locale),
            url: `${ctx.config.baseUrl}${link}`,
          },
        }
      : null,
  });
}

function placeOf(meeting: MeetingRow, locale: string): string {
  let text = '';
  if (meeting.location) text += translate(locale, 'meetingPlace.location', { location: meeting.location });
  if (meeting.videoUrl) text += translate(locale, 'meetingPlace.video', { videoUrl: meeting.videoUrl });
  return text;
}
