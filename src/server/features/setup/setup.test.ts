import { describe, expect, it } from 'vitest';
import { PASSWORD, setUpInstance } from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import { TestClient } from '../../../../test/support/test-client.ts';
import { issueSetupToken } from './issue-setup-token.ts';

const t = testAppPerTest();

const form = (token: string | null) => ({
  token,
  organization: { name: 'Hill School', kind: 'school', timeZone: 'Europe/London' },
  admin: { name: 'Ada Admin', email: 'ada@hill.example', password: PASSWORD },
});

describe('first run', () => {
  it('says the instance needs setup until the first admin exists', async () => {
    const client = new TestClient(t().app);
    expect((await client.get('/api/setup')).body).toEqual({ needsSetup: true });
    await setUpInstance(t(), { withTwoFactor: false });
    expect((await client.get('/api/setup')).body).toEqual({ needsSetup: false });
  });

  it('refuses setup without the printed token, and with a made-up one', async () => {
    await issueSetupToken(t().ctx.database.db);
    const client = new TestClient(t().app);
    const missing = await client.post('/api/setup', { ...form(null), token: undefined });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('token');
    const wrong = await client.post('/api/setup', form('not-the-token-the-server-printed'));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_SETUP_TOKEN');
    expect((await client.get('/api/setup')).body.needsSetup).toBe(true);
  });

  it('makes the first person admin of the new organization and instance admin, signed in', async () => {
    const { admin, orgId } = await setUpInstance(t(), { withTwoFactor: false });
    const me = await admin.get('/api/me');
    expect(me.body).toMatchObject({ isInstanceAdmin: true, twoFactorRequired: true, twoFactorEnabled: false });
    expect(me.body.roles).toEqual([expect.objectContaining({ role: 'admin', organizationId: orgId })]);
  });

  it('cannot be run twice, even with a token issued before the first run finished', async () => {
    const early = await issueSetupToken(t().ctx.database.db);
    await setUpInstance(t(), { withTwoFactor: false });
    const again = await new TestClient(t().app).post('/api/setup', form(early));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_SET_UP');
    expect(await issueSetupToken(t().ctx.database.db)).toBeNull();
  });

  it('rejects an unknown time zone naming the field, and writes nothing', async () => {
    const token = await issueSetupToken(t().ctx.database.db);
    const client = new TestClient(t().app);
    const res = await client.post('/api/setup', {
      ...form(token),
      organization: { name: 'Hill School', kind: 'school', timeZone: 'Mars/Olympus' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('timeZone');
    expect((await client.get('/api/setup')).body.needsSetup).toBe(true);
  });
});
