import { describe, expect, it } from 'vitest';
import { createProgram, PASSWORD, personNamed, programWithPeople } from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import { TestClient } from '../../../../test/support/test-client.ts';

const t = testAppPerTest();
const DAY = 24 * 3600 * 1000;
const NEW_PASSWORD = 'my own long password';

async function programWithAccount(username = 'sam.k') {
  const people = await programWithPeople(t());
  const created = await people.coordinator.client.post(`/api/programs/${people.program.id}/username-accounts`, {
    username,
    name: 'Sam K',
    role: 'mentee',
    locale: 'en',
  });
  expect(created.status).toBe(201);
  return { ...people, account: created.body, code: created.body.setupCode.code as string };
}

const redeem = (client: TestClient, body: Record<string, unknown>) => client.post('/api/setup-codes/redeem', body);

describe('username accounts and setup codes', () => {
  it('lets a coordinator create an account that its person sets up with the code and then signs in to by username', async () => {
    const { account, code, program } = await programWithAccount();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(account).toMatchObject({ username: 'sam.k', name: 'Sam K', role: 'mentee', programId: program.id });

    const young = new TestClient(t().app);
    const redeemed = await redeem(young, { username: 'Sam.K', code: code.toLowerCase(), password: NEW_PASSWORD });
    expect(redeemed.status).toBe(200);
    const me = await young.get('/api/me');
    expect(me.body).toMatchObject({ id: account.userId, email: null });
    expect(JSON.stringify(me.body)).toContain(program.id);

    const later = new TestClient(t().app);
    const signIn = await later.post('/api/auth/sign-in/username', { username: 'sam.k', password: NEW_PASSWORD });
    expect(signIn.status).toBe(200);
    expect((await later.get('/api/me')).body.id).toBe(account.userId);
  });

  it('accepts a code only once', async () => {
    const { code } = await programWithAccount();
    const first = await redeem(new TestClient(t().app), { username: 'sam.k', code, password: NEW_PASSWORD });
    expect(first.status).toBe(200);
    const again = await redeem(new TestClient(t().app), { username: 'sam.k', code, password: 'another long password' });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('SETUP_CODE_INVALID');
  });

  it('refuses a code after its seven days', async () => {
    const { code } = await programWithAccount();
    t().clock.advance(7 * DAY + 1000);
    const late = await redeem(new TestClient(t().app), { username: 'sam.k', code, password: NEW_PASSWORD });
    expect(late.status).toBe(400);
    expect(late.body.error.code).toBe('SETUP_CODE_INVALID');
  });

  it('gives one answer for an unknown username and for a wrong code', async () => {
    const { code } = await programWithAccount();
    const unknown = await redeem(new TestClient(t().app), { username: 'nobody', code, password: NEW_PASSWORD });
    const wrong = await redeem(new TestClient(t().app), {
      username: 'sam.k',
      code: 'AAAA-BBBB-CCCC',
      password: NEW_PASSWORD,
    });
    expect(unknown.status).toBe(400);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('voids the older unused code when a coordinator reissues one', async () => {
    const { coordinator, program, account, code: old } = await programWithAccount();
    const reissued = await coordinator.client.post(
      `/api/programs/${program.id}/username-accounts/${account.userId}/setup-codes`,
    );
    expect(reissued.status).toBe(201);
    expect(reissued.body.code).not.toBe(old);
    const withOld = await redeem(new TestClient(t().app), { username: 'sam.k', code: old, password: NEW_PASSWORD });
    expect(withOld.body.error.code).toBe('SETUP_CODE_INVALID');
    const withNew = await redeem(new TestClient(t().app), {
      username: 'sam.k',
      code: reissued.body.code,
      password: NEW_PASSWORD,
    });
    expect(withNew.status).toBe(200);
  });

  it('refuses a username that is taken with 409', async () => {
    const { coordinator, program } = await programWithAccount();
    const twice = await coordinator.client.post(`/api/programs/${program.id}/username-accounts`, {
      username: 'SAM.K',
      name: 'Another Sam',
      role: 'mentor',
      locale: 'es',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('USERNAME_TAKEN');
  });

  it('refuses a coordinator of another program, and a mentee', async () => {
    const { admin, orgId, program, mentee, account } = await programWithAccount();
    const other = await createProgram(admin, orgId, { name: 'Other', slug: 'other' });
    const stranger = await personNamed(t(), admin, orgId, {
      role: 'coordinator',
      programId: other.id,
      email: 'otto@hill.example',
      name: 'Otto Other',
    });
    const body = { username: 'kim', name: 'Kim', role: 'mentee', locale: 'en' };
    expect((await stranger.client.post(`/api/programs/${program.id}/username-accounts`, body)).status).toBe(403);
    expect(
      (await stranger.client.post(`/api/programs/${program.id}/username-accounts/${account.userId}/setup-codes`))
        .status,
    ).toBe(403);
    // Their own program's id with a person of another program: that person is not found there.
    expect(
      (await stranger.client.post(`/api/programs/${other.id}/username-accounts/${account.userId}/setup-codes`)).status,
    ).toBe(404);
    expect((await mentee.client.post(`/api/programs/${program.id}/username-accounts`, body)).status).toBe(403);
  });

  it('never queues mail to the placeholder address and never shows it', async () => {
    const { admin, orgId, program, coordinator, code } = await programWithAccount();
    await redeem(new TestClient(t().app), { username: 'sam.k', code, password: NEW_PASSWORD });
    const reset = await new TestClient(t().app).post('/api/auth/request-password-reset', {
      email: 'sam.k@users.trellis.invalid',
    });
    expect(reset.status).toBe(200);
    const members = await admin.get<{ name: string; email: string | null }[]>(`/api/organizations/${orgId}/members`);
    const answers = [
      await admin.get(`/api/organizations/${orgId}/outbox`),
      await admin.get('/api/instance/outbox'),
      members,
      await coordinator.client.get(`/api/programs/${program.id}/participants`),
    ];
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(300);
      expect(answer.text).not.toContain('.invalid');
    }
    const member = members.body.find((m) => m.name === 'Sam K');
    expect(member?.email).toBeNull();
  });

  it('keeps the code itself out of the audit log', async () => {
    const { admin, orgId, code } = await programWithAccount();
    const events = await admin.get(`/api/organizations/${orgId}/audit-events`);
    expect(events.status).toBe(200);
    expect(events.text).toContain('account.username_created');
    expect(events.text).not.toContain(code);
    expect(events.text).not.toContain(code.replace(/-/g, ''));
  });

  it("does not answer better-auth's username availability check, which would reveal who has an account", async () => {
    await programWithAccount();
    const asked = await new TestClient(t().app).post('/api/auth/is-username-available', { username: 'sam.k' });
    expect(asked.status).toBe(404);
  });

  it('limits redemption attempts per client address', async () => {
    const client = new TestClient(t().app);
    await programWithAccount();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await redeem(client, { username: 'sam.k', code: 'AAAA-BBBB-CCCC', password: PASSWORD })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
