import { TOTP } from 'otpauth';
import { issueSetupToken } from '../../src/server/features/setup/issue-setup-token.ts';
import { PROGRAM_DATES } from './dates.ts';
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
    ...PROGRAM_DATES,
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

/** A complete application form for a role; `overrides` replace any field. */
export function applicationFor(role: 'mentor' | 'mentee', overrides: Record<string, unknown> = {}) {
  const common = {
    role,
    timeZone: 'Europe/London',
    languages: ['en'],
    interests: ['football', 'drawing'],
    availability: [{ day: 'wed', start: '16:00', end: '17:00' }],
  };
  const byRole = role === 'mentor' ? { strengths: ['patience'], capacity: 2 } : { goals: ['settle in at school'] };
  return { ...common, ...byRole, ...overrides };
}

/** Opens (or closes) a program's application forms as program staff. */
export async function setApplicationsOpen(staff: TestClient, programId: string, open = true) {
  const res = await staff.patch(`/api/programs/${programId}/participation`, {
    mentorApplicationsOpen: open,
    menteeApplicationsOpen: open,
  });
  if (res.status !== 200) throw new Error(`participation: ${res.status} ${res.text}`);
  return res.body;
}

/** Applies through the form as the signed-in mentor or mentee; returns the new participant. */
export async function applyAs(
  client: TestClient,
  programId: string,
  role: 'mentor' | 'mentee',
  overrides: Record<string, unknown> = {},
) {
  const res = await client.post(`/api/programs/${programId}/applications`, applicationFor(role, overrides));
  if (res.status !== 201) throw new Error(`apply: ${res.status} ${res.text}`);
  return res.body as { id: string; status: string; role: string; userId: string };
}

/** Moves a participant through the given statuses in order, as program staff. */
export async function moveThrough(staff: TestClient, participantId: string, statuses: string[]) {
  for (const to of statuses) {
    const res = await staff.post(`/api/participants/${participantId}/transitions`, { to });
    if (res.status !== 200) throw new Error(`transition to ${to}: ${res.status} ${res.text}`);
  }
}

/** Someone invited into a program under a name of their own, signed in. */
export async function personNamed(
  t: TestApp,
  admin: TestClient,
  orgId: string,
  place: { role: string; programId: string | null; email: string; name: string },
) {
  const { token } = await invite(admin, orgId, { email: place.email, role: place.role, programId: place.programId });
  const client = await accept(t, token, place.name);
  if (['admin', 'coordinator', 'safeguarding_lead'].includes(place.role)) await enrolTwoFactor(client);
  const userId = (await client.get('/api/me')).body.id as string;
  return { client, userId, email: place.email };
}

/** One program with its coordinator, a mentor and a mentee (not yet applied), forms closed. */
export async function programWithPeople(t: TestApp) {
  const { admin, orgId } = await setUpInstance(t);
  const program = await createProgram(admin, orgId);
  const at = (role: string, email: string, name: string) =>
    personNamed(t, admin, orgId, { role, programId: program.id, email, name });
  return {
    admin,
    orgId,
    program,
    coordinator: await at('coordinator', 'cora@hill.example', 'Cora Coordinator'),
    mentor: await at('mentor', 'maya@hill.example', 'Maya Mentor'),
    mentee: await at('mentee', 'milo@hill.example', 'Milo Mentee'),
  };
}

/** Passes every required training module with the answer key that staff can read. */
export async function passRequiredTraining(
  staff: TestClient,
  participantClient: TestClient,
  programId: string,
  participantId: string,
) {
  const modules = (await staff.get(`/api/programs/${programId}/training-modules`)).body as {
    id: string;
    isRequired: boolean;
  }[];
  for (const { id } of modules.filter((m) => m.isRequired)) {
    const full = await staff.get(`/api/training-modules/${id}`);
    const questions = full.body.questions as { id: string; correct: string }[];
    const answers = Object.fromEntries(questions.map((q) => [q.id, q.correct]));
    const res = await participantClient.post(`/api/participants/${participantId}/training/${id}/attempts`, { answers });
    if (res.status !== 201 || !res.body.hasPassed) throw new Error(`training attempt: ${res.status} ${res.text}`);
  }
}

/** The participant reads the program's current agreement and acknowledges it. */
export async function acknowledgeAgreement(participantClient: TestClient, programId: string, participantId: string) {
  const agreement = await participantClient.get(`/api/programs/${programId}/agreement`);
  if (agreement.status !== 200) throw new Error(`agreement: ${agreement.status} ${agreement.text}`);
  const res = await participantClient.post(`/api/participants/${participantId}/agreement-acknowledgements`, {
    version: agreement.body.version,
    language: agreement.body.language,
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`acknowledge: ${res.status} ${res.text}`);
}

/** Everything `ready` asks of a participant: required training passed, current agreement acknowledged. */
export async function meetReadyRequirements(
  staff: TestClient,
  participantClient: TestClient,
  programId: string,
  participantId: string,
) {
  await passRequiredTraining(staff, participantClient, programId, participantId);
  await acknowledgeAgreement(participantClient, programId, participantId);
}

/** Consent choices for one lived experience: all "no" unless overridden. */
export function experienceChoices(overrides: Partial<Record<string, boolean>> = {}) {
  return { useForMatching: false, showToMatch: false, showToMenteesChoosing: false, showToStaff: false, ...overrides };
}

/** The id of a label in the program's lived-experience vocabulary. */
export async function vocabularyId(client: TestClient, programId: string, label: string): Promise<string> {
  const res = await client.get(`/api/programs/${programId}/experiences`);
  const found = (res.body as { id: string; label: string }[]).find((e) => e.label === label);
  if (!found) throw new Error(`no experience "${label}": ${res.status} ${res.text}`);
  return found.id;
}

/** The participant adds a lived experience by label with the given choices; returns the new row. */
export async function addExperience(
  client: TestClient,
  programId: string,
  participantId: string,
  label: string,
  choices: Partial<Record<string, boolean>> = {},
) {
  const experienceId = await vocabularyId(client, programId, label);
  const res = await client.post(`/api/participants/${participantId}/experiences`, {
    experienceId,
    choices: experienceChoices(choices),
    language: 'en',
  });
  if (res.status !== 201) throw new Error(`add experience: ${res.status} ${res.text}`);
  return res.body as { id: string; experienceId: string; label: string };
}
