import { sql } from 'drizzle-orm';
import { type DrizzleTransactionLike, fromDrizzle } from 'pg-boss';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { insertMany } from '../../db/insert-many.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { isUndeliverableEmail } from '../identity/placeholder-email.ts';
import { mailOutbox } from './tables.ts';

export const SEND_EMAIL_JOB = 'send-email';

export interface MailInput {
  organizationId: string | null;
  to: string;
  locale: string;
  template:
    | 'invitation'
    | 'resetPassword'
    | 'verifyEmail'
    | 'guardianConsent'
    | 'matchProposed'
    | 'mentorRequested'
    | 'matchActive'
    | 'matchDeclined'
    | 'meetingScheduled'
    | 'meetingRescheduled'
    | 'meetingCancelled'
    | 'meetingProposed'
    | 'proposalAnswered'
    | 'meetingReminder'
    | 'attendanceRequest'
    | 'attendanceAgain'
    | 'proposalNudge'
    | 'proposalEscalation'
    | 'commitmentOverdue'
    | 'noMeetingAlert';
  vars: Record<string, string>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Writes the email into the outbox inside the caller's transaction. With SMTP the send job is
 * enqueued through the same transaction, so a rolled-back change sends nothing.
 */
export async function sendMail(tx: Tx, ctx: Pick<Ctx, 'config' | 'jobs'>, input: MailInput): Promise<string> {
  const [id] = await sendMails(tx, ctx, [input]);
  if (!id) throw new Error('sendMails returned nothing');
  return id;
}

/** Many emails at once (an import's invitations): one outbox insert, one job insert. */
export async function sendMails(tx: Tx, ctx: Pick<Ctx, 'config' | 'jobs'>, inputs: MailInput[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const hasSmtp = Boolean(ctx.config.smtpUrl);
  // The footer is the same for every email in a language: translated once per call, not per email.
  const footers = new Map<string, string>();
  const footerIn = (locale: string) => {
    const footer = footers.get(locale) ?? translate(locale, 'footer');
    footers.set(locale, footer);
    return footer;
  };
  const rows = inputs.map((input) => ({
    ...render(input, footerIn(input.locale)),
    status: hasSmtp ? ('queued' as const) : ('kept' as const),
  }));
  await insertMany(tx, mailOutbox, rows);
  if (hasSmtp) {
    await ctx.jobs.boss.insert(
      SEND_EMAIL_JOB,
      rows.map((r) => ({ data: { mailId: r.id } })),
      { db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) },
    );
  }
  return rows.map((r) => r.id);
}

function render(input: MailInput, footer: string) {
  // Username-only accounts carry a placeholder address under `.invalid` (RFC 2606): refuse it
  // here, the one door every email passes, so no feature can queue mail to it by mistake.
  if (isUndeliverableEmail(input.to)) {
    throw new AppError('UNDELIVERABLE_EMAIL', 'This person has no email address; Trellis cannot send them email.');
  }
  const subject = translate(input.locale, `${input.template}.subject`, input.vars);
  const body = translate(input.locale, `${input.template}.body`, input.vars);
  const textBody = `${body}\n\n--\n${footer}`;
  const htmlBody = textBody
    .split('\n\n')
    .map(
      (p) =>
        `<p>${escapeHtml(p)
          .replace(/\n/g, '<br>')
          .replace(/(https?:\/\/\S+)/g, '<a href="$1">$1</a>')}</p>`,
    )
    .join('\n');
  return {
    id: newId(),
    organizationId: input.organizationId,
    toAddress: input.to,
    subject,
    textBody,
    htmlBody,
    template: input.template,
  };
}
