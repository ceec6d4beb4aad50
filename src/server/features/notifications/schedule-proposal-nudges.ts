import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import type { ProposalRow } from '../meetings/tables.ts';
import { enqueueReminders } from './enqueue-reminders.ts';
import { findMatchPeople } from './find-match-people.ts';
import { findReminderSettings, settingsOf } from './find-reminder-settings.ts';
import { reminderTimeAfter } from './quiet-hours.ts';
import { DAY } from './reminder-payload.ts';

export const MENTOR_NUDGE_AFTER_DAYS = 3;
export const COORDINATOR_NUDGE_AFTER_DAYS = 7;

/**
 * A mentee's proposal that the mentor leaves unanswered: the mentor is nudged after 3 days (out
 * of their quiet hours), the program's coordinators are told after 7. An answered, withdrawn or
 * superseded proposal makes both jobs do nothing. The mentor's own proposals are not nudged: the
 * issue is the unresponsive mentor.
 */
export async function scheduleProposalNudges(tx: Tx, ctx: Ctx, proposal: ProposalRow): Promise<void> {
  if (proposal.proposedBy !== 'mentee' || proposal.status !== 'pending') return;
  const pair = (await findMatchPeople(tx, [proposal.matchId])).get(proposal.matchId);
  if (!pair) return;
  const settings = settingsOf(await findReminderSettings(tx, [pair.mentor.userId]), pair.mentor.userId);
  const at = (days: number) => new Date(proposal.createdAt.getTime() + days * DAY);
  await enqueueReminders(tx, ctx, [
    {
      sendAt: reminderTimeAfter(at(MENTOR_NUDGE_AFTER_DAYS), settings.quiet, settings.timeZone ?? pair.mentor.timeZone),
      payload: {
        kind: 'proposal',
        dedupKey: `proposal:${proposal.id}:mentor`,
        proposalId: proposal.id,
        stage: 'mentor',
      },
    },
    {
      // Staff are told during the working day they choose to read it; no quiet hours per coordinator.
      sendAt: at(COORDINATOR_NUDGE_AFTER_DAYS),
      payload: {
        kind: 'proposal',
        dedupKey: `proposal:${proposal.id}:coordinators`,
        proposalId: proposal.id,
        stage: 'coordinators',
      },
    },
  ]);
}
