import { and, eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { SEND_EMAIL_JOB } from './send-mail.ts';
import { mailOutbox } from './tables.ts';

/** Sends one outbox email over SMTP. Idempotent: an email already sent is not sent again. */
export const deliverMailJob = {
  name: SEND_EMAIL_JOB,
  payload: z.object({ mailId: z.uuid() }),
  retryLimit: 5,
  async handler(ctx: Ctx, { mailId }: { mailId: string }) {
    const { db } = ctx.database;
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, mailId));
    if (!mail || mail.status === 'sent' || !ctx.config.smtpUrl) return;
    const transport = nodemailer.createTransport(ctx.config.smtpUrl);
    try {
      await transport.sendMail({
        from: `Trellis <no-reply@${new URL(ctx.config.baseUrl).hostname}>`,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
        headers: { 'X-Trellis-Mail-Id': mail.id },
      });
    } catch (error) {
      await db
        .update(mailOutbox)
        .set({ attempts: sql`${mailOutbox.attempts} + 1`, lastError: String((error as Error).message).slice(0, 500) })
        .where(eq(mailOutbox.id, mailId));
      throw error; // pg-boss retries with backoff
    } finally {
      transport.close();
    }
    await db
      .update(mailOutbox)
      .set({ status: 'sent', sentAt: ctx.clock.now(), attempts: sql`${mailOutbox.attempts} + 1`, lastError: null })
      .where(and(eq(mailOutbox.id, mailId)));
  },
};
