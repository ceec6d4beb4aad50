import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { formatMeetingTime } from '../meetings/format-meeting-time.ts';
import { meetingProposals } from '../meetings/tables.ts';
import { deliverReminder } from './deliver-reminder.ts';
import { findMatchPeople } from './find-match-people.ts';
import { findProgramCoordinators } from './find-program-coordinators.ts';
import { findReminderSettings, settingsOf } from './find-reminder-settings.ts';
import type { PayloadOf } from './reminder-payload.ts';
import { COORDINATOR_NUDGE_AFTER_DAYS, MENTOR_NUDGE_AFTER_DAYS } from './schedule-proposal-nudges.ts';

/**
 * A mentee's proposal still pending: nudge the mentor (3 days), or tell each of the program's
 * coordinators (7 days). Nudges only inform; nothing is blocked.
 */
export async function deliverProposalNudge(tx: Tx, ctx: Ctx, job: PayloadOf<'proposal'>): Promise<number> {
  const [proposal] = await tx
    .select()
    .from(meetingProposals)
    .where(eq(meetingProposals.id, job.proposalId))
    .for('share');
  if (proposal?.status !== 'pending') return 0;
  const pair = (await findMatchPeople(tx, [proposal.matchId])).get(proposal.matchId);
  if (pair?.match.status !== 'active') return 0;
  const { match, mentor, mentee } = pair;
  const link = `/matches/${match.id}/schedule`;
  const url = `${ctx.config.baseUrl}${link}`;

  if (job.stage === 'mentor') {
    const settings = settingsOf(await findReminderSettings(tx, [mentor.userId]), mentor.userId);
    const days = String(MENTOR_NUDGE_AFTER_DAYS);
    const delivered = await deliverReminder(tx, ctx, {
      dedupKey: job.dedupKey,
      notice: {
        userId: mentor.userId,
        organizationId: match.organizationId,
        kind: 'proposalNudge',
        data: {
          matchId: match.id,
          proposalId: proposal.id,
          startsAt: proposal.startsAt.toISOString(),
          other: mentee.name,
        },
        link,
      },
      mail: settings.byEmail
        ? {
            organizationId: match.organizationId,
            to: mentor.email,
            locale: mentor.locale,
            template: 'proposalNudge',
            vars: {
              name: mentor.name,
              other: mentee.name,
              when: formatMeetingTime(proposal.startsAt, mentor.timeZone, mentor.locale),
              days,
              url,
            },
          }
        : null,
    });
    return delivered ? 1 : 0;
  }

  const coordinators = await findProgramCoordinators(tx, match.programId);
  const settings = await findReminderSettings(
    tx,
    coordinators.map((c) => c.userId),
  );
  const days = String(COORDINATOR_NUDGE_AFTER_DAYS);
  let delivered = 0;
  for (const coordinator of coordinators) {
    const told = await deliverReminder(tx, ctx, {
      dedupKey: `${job.dedupKey}:${coordinator.userId}`,
      notice: {
        userId: coordinator.userId,
        organizationId: match.organizationId,
        kind: 'proposalEscalation',
        data: { matchId: match.id, proposalId: proposal.id, mentee: mentee.name, mentor: mentor.name, days },
        link,
      },
      mail: settingsOf(settings, coordinator.userId).byEmail
        ? {
            organizationId: match.organizationId,
            to: coordinator.email,
            locale: coordinator.locale,
            template: 'proposalEscalation',
            vars: {
              name: coordinator.name,
              mentee: mentee.name,
              mentor: mentor.name,
              program: pair.programName,
              days,
              url,
            },
          }
        : null,
    });
    if (told) delivered++;
  }
  return delivered;
}
