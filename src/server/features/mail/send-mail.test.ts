import { describe, expect, it } from 'vitest';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import { sendMail } from './send-mail.ts';

const t = testAppPerTest();

const queued = async () =>
  (await t().database.query<{ n: number }>("select count(*)::int as n from pgboss.job where name = 'send-email'"))
    .rows[0]?.n;

const mail = {
  organizationId: null,
  to: 'ana@hill.example',
  locale: 'en',
  template: 'verifyEmail',
  vars: { url: 'http://x/y' },
} as const;

describe('sending mail', () => {
  it('keeps mail in the outbox and enqueues nothing when no SMTP server is configured', async () => {
    const before = await queued();
    await t().ctx.database.db.transaction((tx) => sendMail(tx, t().ctx, mail));
    expect(await queued()).toBe(before);
    const { rows } = await t().database.query<{ status: string }>('select status from mail_outbox');
    expect(rows).toEqual([{ status: 'kept' }]);
  });

  it('enqueues the send job in the same transaction, so a rolled-back change sends nothing', async () => {
    const ctx = { ...t().ctx, config: { ...t().ctx.config, smtpUrl: 'smtp://127.0.0.1:2525' } };
    const before = (await queued()) ?? 0;
    await expect(
      ctx.database.db.transaction(async (tx) => {
        await sendMail(tx, ctx, mail);
        throw new Error('the change failed after writing the email');
      }),
    ).rejects.toThrow('the change failed');
    expect(await queued()).toBe(before);
    expect((await t().database.query('select id from mail_outbox')).rows).toHaveLength(0);

    await ctx.database.db.transaction((tx) => sendMail(tx, ctx, mail));
    expect(await queued()).toBe(before + 1);
  });
});
