import { describe, expect, it } from 'vitest';
import {
  applyAs,
  createProgram,
  personNamed,
  programWithPeople,
  setApplicationsOpen,
} from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';

const t = testAppPerTest();
const DAY = 86_400_000;

/** An ISO date `days` from the test clock's now, in the organization's zone (Europe/London). */
function daysFromToday(days: number): string {
  const at = new Date(t().clock.now().getTime() + days * DAY);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at);
}

async function applicants() {
  const people = await programWithPeople(t());
  await setApplicationsOpen(people.coordinator.client, people.program.id);
  const mentor = await applyAs(people.mentor.client, people.program.id, 'mentor');
  const mentee = await applyAs(people.mentee.client, people.program.id, 'mentee');
  return { ...people, mentorId: mentor.id, menteeId: mentee.id };
}

describe('screening checks', () => {
  it("records a mentor's check with its outcome and expiry, and audits it", async () => {
    const { admin, orgId, coordinator, mentorId } = await applicants();
    const res = await coordinator.client.post(`/api/participants/${mentorId}/screening-checks`, {
      kind: 'background_check',
      checkedOn: daysFromToday(-3),
      outcome: 'passed',
      expiresOn: daysFromToday(362),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'background_check', outcome: 'passed', expiry: 'current' });
    const audit = await admin.get(`/api/organizations/${orgId}/audit-events`);
    expect(audit.body.map((e: { action: string }) => e.action)).toContain('screening.check_recorded');
  });

  it('refuses a check dated in the future and an expiry on or before the check', async () => {
    const { coordinator, mentorId } = await applicants();
    const url = `/api/participants/${mentorId}/screening-checks`;
    const future = await coordinator.client.post(url, {
      kind: 'interview',
      checkedOn: daysFromToday(2),
      outcome: 'passed',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details).toEqual({ field: 'checkedOn' });
    const backwards = await coordinator.client.post(url, {
      kind: 'reference',
      checkedOn: daysFromToday(-10),
      outcome: 'passed',
      expiresOn: daysFromToday(-10),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual({ field: 'expiresOn' });
    expect((await coordinator.client.get(url)).body.checks).toEqual([]);
  });

  it('flags expired checks and checks expiring within 30 days, and a renewal clears the block', async () => {
    const { coordinator, mentorId } = await applicants();
    const url = `/api/participants/${mentorId}/screening-checks`;
    const record = (body: Record<string, unknown>) => coordinator.client.post(url, { outcome: 'passed', ...body });
    await record({ kind: 'background_check', checkedOn: daysFromToday(-400), expiresOn: daysFromToday(-10) });
    await record({ kind: 'reference', checkedOn: daysFromToday(-20), expiresOn: daysFromToday(20) });
    await record({ kind: 'interview', checkedOn: daysFromToday(-20) });

    const blocked = await coordinator.client.get(url);
    expect(blocked.body).toMatchObject({ isValid: false, expired: ['background_check'], expiringSoon: ['reference'] });
    const expiry = Object.fromEntries(
      blocked.body.checks.map((c: { kind: string; expiry: string }) => [c.kind, c.expiry]),
    );
    expect(expiry).toEqual({ background_check: 'expired', reference: 'expiring', interview: 'no_expiry' });

    await record({ kind: 'background_check', checkedOn: daysFromToday(0), expiresOn: daysFromToday(365) });
    const renewed = await coordinator.client.get(url);
    expect(renewed.body).toMatchObject({ isValid: true, expired: [] });
    const old = renewed.body.checks.find((c: { expiry: string }) => c.expiry === 'expired');
    expect(old.isSuperseded).toBe(true);

    // Three weeks on, the reference has run out.
    t().clock.advance(21 * DAY);
    const later = await coordinator.client.get(url);
    expect(later.body).toMatchObject({ isValid: false, expired: ['reference'] });
  });

  it('counts only the newest check of each kind, and only when it passed', async () => {
    const { coordinator, mentorId } = await applicants();
    const url = `/api/participants/${mentorId}/screening-checks`;
    const record = (kind: string, outcome: string) =>
      coordinator.client.post(url, { kind, outcome, checkedOn: daysFromToday(-1) });
    await record('interview', 'passed');
    await record('background_check', 'pending');
    expect((await coordinator.client.get(url)).body).toMatchObject({ isValid: false, expired: [] });
    await record('background_check', 'passed');
    expect((await coordinator.client.get(url)).body.isValid).toBe(true);
    await record('reference', 'failed');
    expect((await coordinator.client.get(url)).body.isValid).toBe(false);
  });

  it('screens mentors only, and lets no participant record or read checks', async () => {
    const { coordinator, mentor, mentee, mentorId, menteeId } = await applicants();
    const check = { kind: 'reference', checkedOn: daysFromToday(-1), outcome: 'passed' };
    const forMentee = await coordinator.client.post(`/api/participants/${menteeId}/screening-checks`, check);
    expect(forMentee.status).toBe(409);
    expect(forMentee.body.error.code).toBe('MENTORS_ONLY');
    const byMentee = await mentee.client.post(`/api/participants/${menteeId}/screening-checks`, check);
    expect(byMentee.status).toBe(404);
    const byMenteeForMentor = await mentee.client.post(`/api/participants/${mentorId}/screening-checks`, check);
    expect(byMenteeForMentor.status).toBe(404);
    const ownChecks = await mentor.client.get(`/api/participants/${mentorId}/screening-checks`);
    expect(ownChecks.status).toBe(404);
  });

  it('refuses a coordinator of another program', async () => {
    const { admin, orgId, mentorId } = await applicants();
    const other = await createProgram(admin, orgId, { slug: 'other', name: 'Other program' });
    const outsider = await personNamed(t(), admin, orgId, {
      role: 'coordinator',
      programId: other.id,
      email: 'otto@hill.example',
      name: 'Otto Outsider',
    });
    const url = `/api/participants/${mentorId}/screening-checks`;
    expect((await outsider.client.get(url)).status).toBe(404);
    const res = await outsider.client.post(url, { kind: 'interview', checkedOn: daysFromToday(-1), outcome: 'passed' });
    expect(res.status).toBe(404);
  });
});
