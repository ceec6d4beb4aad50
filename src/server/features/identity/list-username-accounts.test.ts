import { describe, expect, it } from 'vitest';
import { createProgram, personNamed, programWithPeople } from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import { TestClient } from '../../../../test/support/test-client.ts';

const t = testAppPerTest();
const DAY = 24 * 3600 * 1000;

interface Row {
  userId: string;
  username: string;
  name: string;
  role: string;
  hasPassword: boolean;
  latestSetupCode: { expiresAt: string; isUsed: boolean; isExpired: boolean } | null;
}

async function createAccount(staff: TestClient, programId: string, username: string, role = 'mentee') {
  const res = await staff.post(`/api/programs/${programId}/username-accounts`, {
    username,
    name: `Young ${username}`,
    role,
    locale: 'en',
  });
  expect(res.status).toBe(201);
  return res.body as { userId: string; setupCode: { code: string; expiresAt: string } };
}

const list = (client: TestClient, programId: string) =>
  client.get<Row[]>(`/api/programs/${programId}/username-accounts`);

describe('the list of username accounts', () => {
  it("shows program staff each username account's role, password and latest code, never the code", async () => {
    const { coordinator, program } = await programWithPeople(t());
    const sam = await createAccount(coordinator.client, program.id, 'sam.k');
    const ana = await createAccount(coordinator.client, program.id, 'ana.m', 'mentor');

    const listed = await list(coordinator.client, program.id);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      {
        userId: ana.userId,
        username: 'ana.m',
        name: 'Young ana.m',
        role: 'mentor',
        hasPassword: false,
        latestSetupCode: { expiresAt: ana.setupCode.expiresAt, isUsed: false, isExpired: false },
      },
      {
        userId: sam.userId,
        username: 'sam.k',
        name: 'Young sam.k',
        role: 'mentee',
        hasPassword: false,
        latestSetupCode: { expiresAt: sam.setupCode.expiresAt, isUsed: false, isExpired: false },
      },
    ]);
    expect(listed.text).not.toContain(sam.setupCode.code);
  });

  it('leaves out people with email and the username accounts of other programs', async () => {
    const { admin, orgId, coordinator, program } = await programWithPeople(t());
    const other = await createProgram(admin, orgId, { name: 'Other', slug: 'other' });
    await createAccount(admin, other.id, 'elsewhere');
    await createAccount(coordinator.client, program.id, 'sam.k');
    const listed = await list(coordinator.client, program.id);
    expect(listed.body.map((row) => row.username)).toEqual(['sam.k']);
  });

  it('follows a code from unused to used (password set), reissued, and expired', async () => {
    const { coordinator, program } = await programWithPeople(t());
    const sam = await createAccount(coordinator.client, program.id, 'sam.k');
    const redeemed = await new TestClient(t().app).post('/api/setup-codes/redeem', {
      username: 'sam.k',
      code: sam.setupCode.code,
      password: 'my own long password',
    });
    expect(redeemed.status).toBe(200);
    const afterRedeeming = (await list(coordinator.client, program.id)).body[0];
    expect(afterRedeeming).toMatchObject({ hasPassword: true, latestSetupCode: { isUsed: true, isExpired: false } });

    t().clock.advance(DAY);
    const reissued = await coordinator.client.post(
      `/api/programs/${program.id}/username-accounts/${sam.userId}/setup-codes`,
    );
    expect(reissued.status).toBe(201);
    const afterReissuing = (await list(coordinator.client, program.id)).body[0];
    expect(afterReissuing).toMatchObject({
      hasPassword: true,
      latestSetupCode: { expiresAt: reissued.body.expiresAt, isUsed: false, isExpired: false },
    });

    t().clock.advance(7 * DAY + 1000);
    const afterExpiry = (await list(coordinator.client, program.id)).body[0];
    expect(afterExpiry?.latestSetupCode).toMatchObject({ isUsed: false, isExpired: true });
  });

  it('refuses a coordinator of another program, a mentee and someone signed out, as creating one does', async () => {
    const { admin, orgId, program, mentee, coordinator } = await programWithPeople(t());
    await createAccount(coordinator.client, program.id, 'sam.k');
    const other = await createProgram(admin, orgId, { name: 'Other', slug: 'other' });
    const stranger = await personNamed(t(), admin, orgId, {
      role: 'coordinator',
      programId: other.id,
      email: 'otto@hill.example',
      name: 'Otto Other',
    });
    expect((await list(stranger.client, program.id)).status).toBe(403);
    expect((await list(mentee.client, program.id)).status).toBe(403);
    expect((await list(new TestClient(t().app), program.id)).status).toBe(401);
    // Their own program lists only its own accounts: none.
    expect((await list(stranger.client, other.id)).body).toEqual([]);
    expect((await list(admin, program.id)).body).toHaveLength(1);
  });
});
