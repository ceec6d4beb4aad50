import { TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { createProgram, member, PASSWORD, setUpInstance } from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import { TestClient } from '../../../../test/support/test-client.ts';

const t = testAppPerTest();

const code = (uri: string) => new TOTP({ secret: new URL(uri).searchParams.get('secret') ?? '' }).generate();

describe('signing in', () => {
  it('asks staff for their TOTP code after the password, and signs them in with it', async () => {
    const { email, otpauth } = await setUpInstance(t());
    const client = new TestClient(t().app);
    const first = await client.post('/api/auth/sign-in/email', { email, password: PASSWORD });
    expect(first.status).toBe(200);
    expect(first.body.twoFactorRedirect).toBe(true);
    expect((await client.get('/api/me')).status).toBe(401);
    const wrong = await client.post('/api/auth/two-factor/verify-totp', { code: '000000' });
    expect(wrong.status).toBe(401);
    const second = await client.post('/api/auth/two-factor/verify-totp', { code: code(otpauth ?? '') });
    expect(second.status).toBe(200);
    expect((await client.get('/api/organizations')).status).toBe(200);
  });

  it('accepts a recovery code once instead of the TOTP code', async () => {
    await setUpInstance(t(), { withTwoFactor: false });
    const admin = new TestClient(t().app);
    await admin.post('/api/auth/sign-in/email', { email: 'ada@hill.example', password: PASSWORD });
    const enabled = await admin.post('/api/auth/two-factor/enable', { password: PASSWORD });
    const recovery = enabled.body.backupCodes[0] as string;
    await admin.post('/api/auth/two-factor/verify-totp', { code: code(enabled.body.totpURI) });

    const client = new TestClient(t().app);
    await client.post('/api/auth/sign-in/email', { email: 'ada@hill.example', password: PASSWORD });
    expect((await client.post('/api/auth/two-factor/verify-backup-code', { code: recovery })).status).toBe(200);
    const reuse = new TestClient(t().app);
    await reuse.post('/api/auth/sign-in/email', { email: 'ada@hill.example', password: PASSWORD });
    expect((await reuse.post('/api/auth/two-factor/verify-backup-code', { code: recovery })).status).toBe(401);
  });

  it('gives the same answer for an unknown address and a wrong password, in our error shape', async () => {
    await setUpInstance(t(), { withTwoFactor: false });
    const client = new TestClient(t().app);
    const unknown = await client.post('/api/auth/sign-in/email', { email: 'nobody@hill.example', password: PASSWORD });
    const wrong = await client.post('/api/auth/sign-in/email', {
      email: 'ada@hill.example',
      password: 'wrong password!!',
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.error.code).toBe('INVALID_EMAIL_OR_PASSWORD');
  });

  it('rate-limits repeated sign-in attempts from one address', async () => {
    await setUpInstance(t(), { withTwoFactor: false });
    const client = new TestClient(t().app);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await client.post('/api/auth/sign-in/email', { email: 'ada@hill.example', password: 'nope nope nope' }))
          .status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('signs out', async () => {
    const { admin } = await setUpInstance(t());
    expect((await admin.post('/api/auth/sign-out', {})).status).toBe(200);
    expect((await admin.get('/api/me')).status).toBe(401);
  });
});

describe('passwords and email', () => {
  it('resets a forgotten password through the emailed link, and the old password stops working', async () => {
    const { admin, email } = await setUpInstance(t());
    const stranger = new TestClient(t().app);
    const asked = await stranger.post('/api/auth/request-password-reset', { email });
    expect(asked.status).toBe(200);
    const outbox = await admin.get('/api/instance/outbox');
    const mail = outbox.body.find((m: { subject: string }) => m.subject.includes('Reset'));
    const token = mail.text.match(/reset-password\?token=([^\s]+)/)?.[1];
    expect(token).toBeTruthy();
    const reset = await stranger.post('/api/auth/reset-password', { token, newPassword: 'a brand new password' });
    expect(reset.status).toBe(200);
    const old = await stranger.post('/api/auth/sign-in/email', { email, password: PASSWORD });
    expect(old.status).toBe(401);
    const fresh = await stranger.post('/api/auth/sign-in/email', { email, password: 'a brand new password' });
    expect(fresh.body.twoFactorRedirect).toBe(true);
  });

  it('does not reveal whether an address has an account when asked for a reset', async () => {
    await setUpInstance(t());
    const client = new TestClient(t().app);
    const known = await client.post('/api/auth/request-password-reset', { email: 'ada@hill.example' });
    const unknown = await client.post('/api/auth/request-password-reset', { email: 'nobody@hill.example' });
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
  });

  it('verifies an email address through the emailed link', async () => {
    const { admin, email } = await setUpInstance(t());
    expect((await admin.get('/api/me')).body.emailVerified).toBe(false);
    await admin.post('/api/auth/send-verification-email', { email });
    const outbox = await admin.get('/api/instance/outbox');
    const mail = outbox.body.find((m: { subject: string }) => m.subject.includes('Confirm'));
    const token = mail.text.match(/verify-email\?token=([^\s]+)/)?.[1];
    const verified = await new TestClient(t().app).get(`/api/auth/verify-email?token=${token}`);
    expect(verified.status).toBeLessThan(400);
    expect((await admin.get('/api/me')).body.emailVerified).toBe(true);
  });

  it('lets a person switch their language, which their next emails use', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const program = await createProgram(admin, orgId);
    const { client, email } = await member(t(), admin, orgId, 'mentee', program.id);
    const res = await client.patch('/api/me', { locale: 'es' });
    expect(res.body.locale).toBe('es');
    const invalid = await client.patch('/api/me', { locale: 'fr' });
    expect(invalid.status).toBe(400);
    await new TestClient(t().app).post('/api/auth/request-password-reset', { email });
    const outbox = await admin.get('/api/instance/outbox');
    expect(outbox.body.find((m: { to: string }) => m.to === email).subject).toBe('Restablece tu contraseña de Trellis');
  });
});
