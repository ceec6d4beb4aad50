import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { translate } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { isUndeliverableEmail } from '../identity/placeholder-email.ts';
import { publishMatchChange } from '../live/publish-match-change.ts';
import { type MailInput, sendMail } from '../mail/send-mail.ts';
import type { MatchSide } from '../matching/find-match-for-actor.ts';
import { createNotices } from '../notifications/create-notices.ts';
import { formatMeetingTime } from './format-meeting-time.ts';
import { otherSide, personOf, type ScheduleMatch } from './schedule-match.ts';
import { type MeetingEventKind, meetingEvents } from './tables.ts';

export interface ScheduleChange {
  kind: MeetingEventKind;
  actorUserId: string | null;
  actorRole: MatchSide | 'coordinator' | 'system';
  meetingId?: string | null;
  proposalId?: string | null;
  seriesId?: string | null;
  detail?: Record<string, string | number | boolean | null>;
  /** Tell the other of the pair at once (in the app and by email), about a meeting at this time. */
  tell?: {
    template: Extract<
      MailInput['template'],
      'meetingScheduled' | 'meetingRescheduled' | 'meetingCancelled' | 'meetingProposed' | 'proposalAnswered'
    >;
    startsAt: Date;
    reason?: string | null;
    answer?: 'accepted' | 'declined' | null;
  };
}

/**
 * What every schedule change does after its own write, in the same transaction: keep the event,
 * tell the other person, and wake open pages (NOTIFY is delivered on commit only).
 */
export async function scheduleChanged(tx: Tx, ctx: Ctx, found: ScheduleMatch, change: ScheduleChange): Promise<void> {
  const now = ctx.clock.now();
  await tx.insert(meetingEvents).values({
    id: newId(),
    matchId: found.match.id,
    meetingId: change.meetingId ?? null,
    proposalId: change.proposalId ?? null,
    seriesId: change.seriesId ?? null,
    kind: change.kind,
    actorUserId: change.actorUserId,
    actorRole: change.actorRole,
    detail: change.detail ?? {},
    at: now,
  });
  if (change.tell && (change.actorRole === 'mentor' || change.actorRole === 'mentee')) {
    const actor = personOf(found, change.actorRole);
    const recipient = personOf(found, otherSide(change.actorRole));
    const link = `/matches/${found.match.id}/schedule`;
    await createNotices(tx, ctx, [
      {
        userId: recipient.userId,
        organizationId: found.match.organizationId,
        kind: change.tell.template,
        data: {
          matchId: found.match.id,
          meetingId: change.meetingId ?? null,
          proposalId: change.proposalId ?? null,
          startsAt: change.tell.startsAt.toISOString(),
          other: actor.name,
          answer: change.tell.answer ?? null,
        },
        link,
      },
    ]);
    if (!isUndeliverableEmail(recipient.email)) {
      await sendMail(tx, ctx, {
        organizationId: found.match.organizationId,
        to: recipient.email,
        locale: recipient.locale,
        template: change.tell.template,
        vars: {
          name: recipient.name,
          other: actor.name,
          program: found.program.name,
          when: formatMeetingTime(change.tell.startsAt, recipient.timeZone, recipient.locale),
          reason: change.tell.reason ?? '—',
          answer: change.tell.answer ? translate(recipient.locale, `proposalAnswers.${change.tell.answer}`) : '',
          url: `${ctx.config.baseUrl}${link}`,
        },
      });
    }
  }
  await publishMatchChange(tx, found.match.id, 'schedule');
}
