import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import type { CommitmentRow } from '../commitments/tables.ts';
import { enqueueReminders } from './enqueue-reminders.ts';
import { findMatchPeople } from './find-match-people.ts';
import { findReminderSettings, settingsOf } from './find-reminder-settings.ts';
import { reminderTimeAfter } from './quiet-hours.ts';

/**
 * At the due time (after the owner's quiet hours): if the commitment is still open, the owner is
 * reminded once and the other person told it is overdue. Call it when a commitment is created or
 * its due date changes; a job for an older due time finds it changed and does nothing.
 */
export async function scheduleCommitmentReminder(tx: Tx, ctx: Ctx, commitment: CommitmentRow): Promise<void> {
  if (commitment.completedAt) return;
  const pair = (await findMatchPeople(tx, [commitment.matchId])).get(commitment.matchId);
  if (!pair) return;
  const owner = commitment.owner === 'mentor' ? pair.mentor : pair.mentee;
  const settings = settingsOf(await findReminderSettings(tx, [owner.userId]), owner.userId);
  const dueAt = commitment.dueAt.toISOString();
  await enqueueReminders(tx, ctx, [
    {
      sendAt: reminderTimeAfter(commitment.dueAt, settings.quiet, settings.timeZone ?? owner.timeZone),
      payload: {
        kind: 'commitment',
        dedupKey: `commitment:${commitment.id}:${dueAt}`,
        commitmentId: commitment.id,
        dueAt,
      },
    },
  ]);
}
