import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { formatMeetingTime } from '../meetings/format-meeting-time.ts';
import { meetings } from '../meetings/tables.ts';
import { deliverReminder } from './deliver-reminder.ts';
import { findMatchPeople, otherOf, sideOf } from './find-match-people.ts';
import { findReminderSettings, settingsOf } from './find-reminder-settings.ts';
import type { PayloadOf } from './reminder-payload.ts';

/**
 * "Did you meet?" after a meeting, and once more the next day, to a person who has not answered
 * yet: the meeting is still the one planned (same times), not cancelled or settled.
 */
export async function deliverAttendanceRequest(tx: Tx, ctx: Ctx, job: PayloadOf<'attendance'>): Promise<boolean> {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, job.meetingId)).for('share');
  if (meeting?.status !== 'scheduled') return false;
  if (meeting.startsAt.toISOString() !== job.startsAt || meeting.endsAt.toISOString() !== job.endsAt) return false;
  const pair = (await findMatchPeople(tx, [meeting.matchId])).get(meeting.matchId);
  if (pair?.match.status !== 'active') return false;
  const person = sideOf(pair, job.userId);
  if (!person) return false;
  const answered = person.side === 'mentor' ? meeting.mentorAttendance : meeting.menteeAttendance;
  if (answered !== null) return false;
  const settings = settingsOf(await findReminderSettings(tx, [person.userId]), person.userId);
  const other = otherOf(pair, person);
  const link = `/matches/${pair.match.id}/schedule`;
  const template = job.round === 1 ? 'attendanceRequest' : 'attendanceAgain';
  return deliverReminder(tx, ctx, {
    dedupKey: job.dedupKey,
    notice: {
      userId: person.userId,
      organizationId: pair.match.organizationId,
      kind: template,
      data: { matchId: pair.match.id, meetingId: meeting.id, startsAt: job.startsAt, other: other.name },
      link,
    },
    mail: settings.byEmail
      ? {
          organizationId: pair.match.organizationId,
          to: person.email,
          locale: person.locale,
          template,
          vars: {
            name: person.name,
            other: other.name,
            program: pair.programName,
            when: formatMeetingTime(meeting.startsAt, person.timeZone, person.locale),
            url: `${ctx.config.baseUrl}${link}`,
          },
        }
      : null,
  });
}
