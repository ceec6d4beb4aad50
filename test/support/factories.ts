import { TOTP } from 'otpauth';
import { issueSetupToken } from '../../src/server/features/setup/issue-setup-token.ts';
import type { TestApp } from './test-app.ts';
import { TestClient } from './test-client.ts';

export const PASSWORD = 'a long test password';

/** The current TOTP code for an otpauth:// URI, as an authenticator app would show it. */
export function totpCode(uri: string): string {
  return parseTotp(uri).generate();
}

function parseTotp(uri: string): TOTP {
  const url = new URL(uri);
  return new TOTP({ secret: url.searchParams.get('secret') ?? '', digits: 6, period: 30, algorithm: 'SHA1' });
}

/** Enrols TOTP through better-auth's endpoints; returns the otpauth URI (the test's authenticator). */
export async function enrolTwoFactor(client: TestClient, password = PASSWORD): Promise<string> {
  const enabled = await client.post('/api/auth/two-factor/enable', { password });
  if (enabled.status !== 200) throw new Error(`enable 2FA: ${enabled.status} ${enabled.text}`);
  const uri = enabled.body.totpURI as string;
  const verified = await client.post('/api/auth/two-factor/verify-totp', { code: parseTotp(uri).generate() });
  if (verified.status !== 200) throw new Error(`verify 2FA: ${verified.status} ${verified.text}`);
  return uri;
}

/** First run through the front door: the printed token, the setup form, then TOTP enrolment. */
export async function setUpInstance(t: TestApp, { withTwoFactor = true } = {}) {
  const token = await issueSetupToken(t.ctx.database.db);
  const admin = new TestClient(t.app);
  const email = 'ada@hill.example';
  const res = await admin.post('/api/setup', {
    token,
    organization: { name: 'Hill School', kind: 'school', timeZone: 'Europe/London' },
    admin: { name: 'Ada Admin', email, password: PASSWORD },
  });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${res.text}`);
  const otpauth = withTwoFactor ? await enrolTwoFactor(admin) : null;
  const me = await admin.get('/api/me');
  return { admin, orgId: res.body.organizationId as string, email, userId: me.body.id as string, otpauth };
}

export async function createProgram(admin: TestClient, orgId: string, overrides: Record<string, unknown> = {}) {
  const res = await admin.post(`/api/organizations/${orgId}/programs`, {
    name: 'Year 9 Peer Mentoring',
    slug: 'year-9',
    description: 'Older students mentor year 9 students.',
    startsOn: '2026-09-01',
    endsOn: '2027-07-15',
    cadence: { frequency: 'weekly', minutes: 45 },
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`create program: ${res.status} ${res.text}`);
  return res.body as { id: string; slug: string; organizationId: string };
}

/** Invites by email and reads the link from the outbox, as an admin without SMTP would. */
export async function invite(
  admin: TestClient,
  orgId: string,
  body: { email: string; role: string; programId?: string | null },
) {
  const res = await admin.post(`/api/organizations/${orgId}/invitations`, body);
  if (res.status !== 201) throw new Error(`invite: ${res.status} ${res.text}`);
  const outbox = await admin.get(`/api/organizations/${orgId}/outbox`);
  const mail = (outbox.body as { to: string; text: string }[]).find((m) => m.to === body.email.toLowerCase());
  const token = mail?.text.match(/\/invitations\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error('no invitation link in the outbox');
  return { invitation: res.body, token };
}

/** Accepts an invitation as a new person; returns their signed-in client. */
export async function accept(t: TestApp, token: string, name = 'Invited Person') {
  const client = new TestClient(t.app);
  const res = await client.post(`/api/invitations/${token}/accept`, { account: { name, password: PASSWORD } });
  if (res.status !== 200) throw new Error(`accept: ${res.status} ${res.text}`);
  return client;
}

/** A person with a role, signed in (staff roles also enrolled in TOTP). */
export async function member(
  t: TestApp,
  admin: TestClient,
  orgId: string,
  role: string,
  programId: string | null,
  email = `${role}-${Math.random().toString(36).slice(2, 8)}@hill.example`,
) {
  const { token } = await invite(admin, orgId, { email, role, programId });
  const client = await accept(t, token, `${role} person`);
  const otpauth = ['admin', 'coordinator', 'safeguarding_lead'].includes(role) ? await enrolTwoFactor(client) : null;
  return { client, email, otpauth };
}
