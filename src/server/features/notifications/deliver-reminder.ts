import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { isUndeliverableEmail } from '../identity/placeholder-email.ts';
import { type MailInput, sendMail } from '../mail/send-mail.ts';
import { createNotices, type Notice } from './create-notices.ts';
import { reminderDeliveries } from './tables.ts';

export interface Delivery {
  dedupKey: string;
  notice: Notice;
  /** The email, if the person wants email; dropped for an account without an address. */
  mail: MailInput | null;
}

/**
 * Delivers a reminder at most once: the dedup key, the in-app notice and the outbox email (with
 * its send job) are written in the caller's transaction. A key already taken means another
 * worker, or an earlier attempt of this job, delivered it: nothing is written. Returns whether it
 * delivered.
 */
export async function deliverReminder(tx: Tx, ctx: Ctx, delivery: Delivery): Promise<boolean> {
  const taken = await tx
    .insert(reminderDeliveries)
    .values({ dedupKey: delivery.dedupKey, userId: delivery.notice.userId, deliveredAt: ctx.clock.now() })
    .onConflictDoNothing()
    .returning({ dedupKey: reminderDeliveries.dedupKey });
  if (taken.length === 0) return false;
  await createNotices(tx, ctx, [delivery.notice]);
  if (delivery.mail && !isUndeliverableEmail(delivery.mail.to)) await sendMail(tx, ctx, delivery.mail);
  return true;
}
