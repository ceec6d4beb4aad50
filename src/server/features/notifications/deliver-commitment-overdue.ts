import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { dueDateOf } from '../commitments/commitment-due.ts';
import { commitments } from '../commitments/tables.ts';
import { deliverReminder } from './deliver-reminder.ts';
import { findMatchPeople } from './find-match-people.ts';
import { findReminderSettings, settingsOf } from './find-reminder-settings.ts';
import { formatDay } from './format-day.ts';
import type { PayloadOf } from './reminder-payload.ts';

/**
 * A commitment still open at its due time: the owner is reminded once (in the app and by email)
 * and the other person is told in the app that it is overdue, which both now see. The commitment
 * is marked reminded in the same transaction. (Written here through the commitments table: that
 * feature has no use-case for it yet.)
 */
export async function deliverCommitmentOverdue(tx: Tx, ctx: Ctx, job: PayloadOf<'commitment'>): Promise<boolean> {
  const [commitment] = await tx.select().from(commitments).where(eq(commitments.id, job.commitmentId)).for('update');
  if (!commitment || commitment.completedAt || commitment.dueAt.toISOString() !== job.dueAt) return false;
  const pair = (await findMatchPeople(tx, [commitment.matchId])).get(commitment.matchId);
  if (pair?.match.status !== 'active') return false;
  const owner = commitment.owner === 'mentor' ? pair.mentor : pair.mentee;
  const other = commitment.owner === 'mentor' ? pair.mentee : pair.mentor;
  // The due day as the person who wrote it down meant it (in their zone).
  const writer = commitment.createdBy === pair.mentor.userId ? pair.mentor : pair.mentee;
  const dueDate = dueDateOf(commitment.dueAt, writer.timeZone);
  const settings = settingsOf(await findReminderSettings(tx, [owner.userId]), owner.userId);
  const link = `/matches/${pair.match.id}/schedule`;
  const data = { matchId: pair.match.id, commitmentId: commitment.id, dueDate };
  const reminded = await deliverReminder(tx, ctx, {
    dedupKey: `${job.dedupKey}:owner`,
    notice: { userId: owner.userId, organizationId: pair.match.organizationId, kind: 'commitmentOverdue', data, link },
    mail: settings.byEmail
      ? {
          organizationId: pair.match.organizationId,
          to: owner.email,
          locale: owner.locale,
          template: 'commitmentOverdue',
          vars: {
            name: owner.name,
            other: other.name,
            due: formatDay(dueDate, owner.locale),
            url: `${ctx.config.baseUrl}${link}`,
          },
        }
      : null,
  });
  await deliverReminder(tx, ctx, {
    dedupKey: `${job.dedupKey}:other`,
    notice: {
      userId: other.userId,
      organizationId: pair.match.organizationId,
      kind: 'commitmentOverdueOther',
      data: { ...data, other: owner.name },
      link,
    },
    mail: null,
  });
  await tx
    .update(commitments)
    .set({ overdueRemindedAt: ctx.clock.now() })
    .where(and(eq(commitments.id, commitment.id), isNull(commitments.overdueRemindedAt)));
  return reminded;
}
