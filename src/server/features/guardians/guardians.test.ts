import { describe, expect, it } from 'vitest';
import {
  applyAs,
  createProgram,
  PASSWORD,
  personNamed,
  programWithPeople,
  setApplicationsOpen,
} from '../../../../test/support/factories.ts';
import { bornYearsAgo } from '../../../../test/support/matching-world.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import { TestClient } from '../../../../test/support/test-client.ts';

const t = testAppPerTest();
const DAY = 24 * 3600 * 1000;

/** A program with open forms; Milo Mentee (12) applies naming a guardian. */
async function minorApplied(language: 'en' | 'es' = 'en') {
  const people = await programWithPeople(t());
  await setApplicationsOpen(people.coordinator.client, people.program.id);
  const applied = await applyAs(people.mentee.client, people.program.id, 'mentee', {
    birthDate: bornYearsAgo(12),
    guardianEmail: 'gina@family.example',
    language,
  });
  return { ...people, participantId: applied.id, applied };
}

/** The guardian's mail as the organization's admin reads it in the outbox (no SMTP in these tests). */
async function guardianMail(admin: TestClient, orgId: string, to = 'gina@family.example') {
  const outbox = await admin.get(`/api/organizations/${orgId}/outbox`);
  const mails = (outbox.body as { to: string; subject: string; text: string }[]).filter(
    (m) => m.to === to && m.text.includes('/guardian/'),
  );
  const latest = mails[0];
  const token = latest?.text.match(/\/guardian\/([A-Za-z0-9_-]+)/)?.[1];
  return { mails, latest, token: token ?? '' };
}

async function consentAsNewGuardian(token: string) {
  const guardian = new TestClient(t().app);
  const res = await guardian.post(`/api/guardian-links/${token}/consent`, {
    language: 'en',
    name: 'Gina Guardian',
    password: PASSWORD,
  });
  return { guardian, res };
}

describe('minors and their guardians', () => {
  it('holds a 12-year-old mentee in awaiting_guardian and emails the guardian a link', async () => {
    const { admin, orgId, coordinator, participantId, applied } = await minorApplied();
    expect(applied.status).toBe('awaiting_guardian');
    const { latest, token } = await guardianMail(admin, orgId);
    expect(latest?.subject).toBe('Milo would like to join Year 9 Peer Mentoring: your consent is needed');
    expect(latest?.text).toContain('under 13');
    expect(token).not.toBe('');
    const timeline = await coordinator.client.get(`/api/participants/${participantId}/timeline`);
    expect(timeline.body.map((e: { to: string }) => e.to)).toEqual(['applied', 'awaiting_guardian']);
  });

  it('refuses an application below the consent age without a guardian email', async () => {
    const { program, coordinator, mentee } = await programWithPeople(t());
    await setApplicationsOpen(coordinator.client, program.id);
    const res = await mentee.client.post(`/api/programs/${program.id}/applications`, {
      role: 'mentee',
      timeZone: 'Europe/London',
      birthDate: bornYearsAgo(12),
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'guardianEmail' } });
  });

  it('explains the program, the data kept and the agreement in English and in Spanish', async () => {
    const { admin, orgId } = await minorApplied('es');
    const { latest, token } = await guardianMail(admin, orgId);
    expect(latest?.subject).toBe('Milo quiere participar en Year 9 Peer Mentoring: necesitamos tu consentimiento');
    const anyone = new TestClient(t().app);
    const english = await anyone.get(`/api/guardian-links/${token}?language=en`);
    expect(english.status).toBe(200);
    expect(english.body).toMatchObject({
      language: 'en',
      childFirstName: 'Milo',
      programName: 'Year 9 Peer Mentoring',
      programDescription: 'Older students mentor year 9 students.',
      organizationName: 'Hill School',
      guardianConsentAge: 13,
      hasAccount: false,
      agreement: { version: 1, language: 'en' },
    });
    expect(english.body.dataKept.length).toBeGreaterThan(3);
    expect(english.body.agreement.body).toContain('confidential');
    const spanish = await anyone.get(`/api/guardian-links/${token}?language=es`);
    expect(spanish.body).toMatchObject({ language: 'es', childFirstName: 'Milo', agreement: { language: 'es' } });
    expect(spanish.body.about).toContain('mentoría');
    expect(spanish.body.agreement.body).toContain('acuerdo de confidencialidad');
    expect(JSON.stringify(english.body)).not.toContain('Mentee');
  });

  it('creates the guardian account on consent and returns the child to applied', async () => {
    const { admin, orgId, coordinator, participantId } = await minorApplied();
    const { token } = await guardianMail(admin, orgId);
    const { guardian, res } = await consentAsNewGuardian(token);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ participantId, isNewAccount: true, signedIn: true });
    const child = await coordinator.client.get(`/api/participants/${participantId}`);
    expect(child.body.status).toBe('applied');
    expect(child.body.timeline.at(-1)).toMatchObject({
      from: 'awaiting_guardian',
      to: 'applied',
      reason: 'A guardian consented.',
      by: { name: 'Gina Guardian' },
    });
    const children = await guardian.get('/api/me/children');
    expect(children.body).toEqual([
      {
        guardianshipId: expect.any(String),
        participantId,
        childFirstName: 'Milo',
        role: 'mentee',
        status: 'applied',
        programName: 'Year 9 Peer Mentoring',
        organizationName: 'Hill School',
        consentedAt: expect.any(String),
        matchedSince: null,
        meetings: [],
      },
    ]);
    const again = await new TestClient(t().app).get(`/api/guardian-links/${token}`);
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('GUARDIAN_LINK_USED');
  });

  it('asks a guardian who already has an account to sign in with it', async () => {
    const { admin, orgId, program, participantId } = await minorApplied();
    await personNamed(t(), admin, orgId, {
      role: 'mentor',
      programId: program.id,
      email: 'gina@family.example',
      name: 'Gina Guardian',
    });
    const { token } = await guardianMail(admin, orgId);
    const anonymous = await new TestClient(t().app).post(`/api/guardian-links/${token}/consent`, { language: 'en' });
    expect(anonymous.status).toBe(401);
    const gina = new TestClient(t().app);
    await gina.post('/api/auth/sign-in/email', { email: 'gina@family.example', password: PASSWORD });
    const res = await gina.post(`/api/guardian-links/${token}/consent`, { language: 'en' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ participantId, isNewAccount: false });
  });

  it('pauses the child when the guardian withdraws, and the coordinator sees why', async () => {
    const { admin, orgId, coordinator, mentee, participantId } = await minorApplied();
    const { token } = await guardianMail(admin, orgId);
    const { guardian } = await consentAsNewGuardian(token);
    const [child] = (await guardian.get('/api/me/children')).body;
    const byTheChild = await mentee.client.post(`/api/guardianships/${child.guardianshipId}/withdraw`, {});
    expect(byTheChild.status).toBe(404);
    const withdrawn = await guardian.post(`/api/guardianships/${child.guardianshipId}/withdraw`, {});
    expect(withdrawn.status).toBe(200);
    const seen = await coordinator.client.get(`/api/participants/${participantId}`);
    expect(seen.body.status).toBe('paused');
    expect(seen.body.timeline.at(-1)).toMatchObject({ to: 'paused', reason: 'A guardian withdrew their consent.' });
    expect((await guardian.get('/api/me/children')).body).toEqual([]);
  });

  it('refuses an expired link and an unknown one', async () => {
    const { admin, orgId } = await minorApplied();
    const { token } = await guardianMail(admin, orgId);
    t().clock.advance(7 * DAY + 1000);
    const page = await new TestClient(t().app).get(`/api/guardian-links/${token}`);
    expect(page.status).toBe(410);
    expect(page.body.error.code).toBe('GUARDIAN_LINK_EXPIRED');
    const { res } = await consentAsNewGuardian(token);
    expect(res.status).toBe(410);
    const unknown = await new TestClient(t().app).get(`/api/guardian-links/${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('GUARDIAN_LINK_NOT_FOUND');
  });

  it('lets the coordinator send a fresh link, which replaces the old one', async () => {
    const { admin, orgId, coordinator, participantId } = await minorApplied();
    const first = await guardianMail(admin, orgId);
    const resent = await coordinator.client.post(`/api/participants/${participantId}/guardian-links`, {
      email: 'gina@family.example',
    });
    expect(resent.status).toBe(201);
    const second = await guardianMail(admin, orgId);
    expect(second.mails).toHaveLength(2);
    expect(second.token).not.toBe(first.token);
    expect((await new TestClient(t().app).get(`/api/guardian-links/${first.token}`)).status).toBe(404);
    expect((await consentAsNewGuardian(second.token)).res.status).toBe(201);
  });

  it('needs no guardian for a 16-year-old when the program’s age is 13', async () => {
    const { admin, orgId, program, coordinator, mentee } = await programWithPeople(t());
    await setApplicationsOpen(coordinator.client, program.id);
    const applied = await applyAs(mentee.client, program.id, 'mentee', { birthDate: bornYearsAgo(16) });
    expect(applied.status).toBe('applied');
    expect((await guardianMail(admin, orgId)).mails).toHaveLength(0);
  });

  it('holds a 14-year-old mentor when the program sets the age to 16', async () => {
    const { program, coordinator, mentor } = await programWithPeople(t());
    await setApplicationsOpen(coordinator.client, program.id);
    await coordinator.client.patch(`/api/programs/${program.id}/participation`, { guardianConsentAge: 16 });
    const applied = await applyAs(mentor.client, program.id, 'mentor', {
      birthDate: bornYearsAgo(14),
      guardianEmail: ['gina@family.example', 'gus@family.example'],
    });
    expect(applied.status).toBe('awaiting_guardian');
  });

  it('shows another program’s coordinator nothing', async () => {
    const { admin, orgId, participantId } = await minorApplied();
    const other = await createProgram(admin, orgId, { name: 'Other', slug: 'other' });
    const stranger = await personNamed(t(), admin, orgId, {
      role: 'coordinator',
      programId: other.id,
      email: 'olga@hill.example',
      name: 'Olga Other',
    });
    const resend = await stranger.client.post(`/api/participants/${participantId}/guardian-links`, {
      email: 'gina@family.example',
    });
    expect(resend.status).toBe(404);
    expect((await stranger.client.get('/api/me/children')).body).toEqual([]);
    expect((await guardianMail(admin, orgId)).mails).toHaveLength(1);
  });
});
