import type { Ctx } from '../../context.ts';

/**
 * Without SMTP an invitation email only reaches the outbox, so the inviter gets the link to hand
 * over in person; with SMTP it goes by email only.
 */
export function linkForInviter(ctx: Pick<Ctx, 'config'>, url: string | null): string | null {
  return ctx.config.smtpUrl ? null : url;
}
