import { describe, expect, it } from 'vitest';
import {
  createProgram,
  enrolTwoFactor,
  invite,
  member,
  PASSWORD,
  setUpInstance,
} from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import { TestClient } from '../../../../test/support/test-client.ts';

const t = testAppPerTest();

describe('programs and invitations', () => {
  it('lets an admin create a program and refuses a second program with the same slug', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const program = await createProgram(admin, orgId);
    expect(program.slug).toBe('year-9');
    const again = await admin.post(`/api/organizations/${orgId}/programs`, {
      name: 'Other',
      slug: 'year-9',
      startsOn: '2026-09-01',
      endsOn: '2027-07-15',
      cadence: { frequency: 'weekly', minutes: 45 },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SLUG_TAKEN');
    const list = await admin.get(`/api/organizations/${orgId}/programs`);
    expect(list.body).toHaveLength(1);
  });

  it('names the field when a program ends before it starts', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const res = await admin.post(`/api/organizations/${orgId}/programs`, {
      name: 'Backwards',
      slug: 'backwards',
      startsOn: '2027-01-01',
      endsOn: '2026-01-01',
      cadence: { frequency: 'weekly', minutes: 45 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'endsOn' } });
  });

  it('changes only the fields an admin sends when editing a program', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const program = await createProgram(admin, orgId);
    const res = await admin.patch(`/api/programs/${program.id}`, { name: 'Year 9 Mentoring' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Year 9 Mentoring',
      slug: 'year-9',
      description: 'Older students mentor year 9 students.',
      cadence: { frequency: 'weekly', minutes: 45 },
    });
  });

  it('turns an accepted invitation into a role, once, and lets one person hold roles in two programs', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const a = await createProgram(admin, orgId, { slug: 'program-a', name: 'Program A' });
    const b = await createProgram(admin, orgId, { slug: 'program-b', name: 'Program B' });
    const { client: sam, email } = await member(t(), admin, orgId, 'mentee', a.id, 'sam@hill.example');
    const me = await sam.get('/api/me');
    expect(me.body.roles).toEqual([expect.objectContaining({ role: 'mentee', programId: a.id })]);

    const { token } = await invite(admin, orgId, { email, role: 'mentor', programId: b.id });
    const linked = await sam.post(`/api/invitations/${token}/accept`, {});
    expect(linked.status).toBe(200);
    expect(linked.body.isNewAccount).toBe(false);
    const again = await sam.post(`/api/invitations/${token}/accept`, {});
    expect(again.body.error.code).toBe('INVITATION_USED');
    const roles = (await sam.get('/api/me')).body.roles.map((r: { role: string; programId: string }) => [
      r.role,
      r.programId,
    ]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['mentee', a.id],
        ['mentor', b.id],
      ]),
    );
  });

  it('answers an invitation with its program, status and, without a mail server, the link to hand over', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const program = await createProgram(admin, orgId);
    const res = await admin.post(`/api/organizations/${orgId}/invitations`, {
      email: 'Mo@Hill.example',
      role: 'mentor',
      programId: program.id,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'mo@hill.example', programName: 'Year 9 Peer Mentoring', status: 'open' });
    expect(res.body.url).toMatch(/^http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]{43}$/);
    const preview = await new TestClient(t().app).get(`/api${new URL(res.body.url).pathname}`);
    expect(preview.body).toMatchObject({ role: 'mentor', programName: 'Year 9 Peer Mentoring', hasAccount: false });
  });

  it('refuses an invitation link after seven days', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const program = await createProgram(admin, orgId);
    const { token } = await invite(admin, orgId, { email: 'late@hill.example', role: 'mentor', programId: program.id });
    t().clock.advance(7 * 24 * 3600 * 1000 + 1000);
    const res = await new TestClient(t().app).post(`/api/invitations/${token}/accept`, {
      account: { name: 'Late', password: PASSWORD },
    });
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('INVITATION_EXPIRED');
  });

  it('asks a coordinator to set up two-factor before anything else', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const program = await createProgram(admin, orgId);
    const { token } = await invite(admin, orgId, {
      email: 'coord@hill.example',
      role: 'coordinator',
      programId: program.id,
    });
    const coordinator = new TestClient(t().app);
    await coordinator.post(`/api/invitations/${token}/accept`, { account: { name: 'Cora', password: PASSWORD } });
    const res = await coordinator.get(`/api/programs/${program.id}`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('TWO_FACTOR_REQUIRED');
    const me = await coordinator.get('/api/me');
    expect(me.body).toMatchObject({ twoFactorRequired: true, twoFactorEnabled: false });
  });
});

describe('organizations', () => {
  it('lets the instance admin create an organization and invite its first admin, who then runs it', async () => {
    const { admin } = await setUpInstance(t());
    const created = await admin.post('/api/organizations', {
      name: 'Northside Youth Network',
      kind: 'community',
      timeZone: 'America/New_York',
      adminEmail: 'nia@northside.example',
    });
    expect(created.status).toBe(201);
    const orgId = created.body.id as string;
    const outbox = await admin.get(`/api/organizations/${orgId}/outbox`);
    expect(outbox.status).toBe(403);
    const link = new URL(created.body.adminInvitationUrl);
    const nia = new TestClient(t().app);
    const accepted = await nia.post(`/api${link.pathname}/accept`, { account: { name: 'Nia', password: PASSWORD } });
    expect(accepted.status).toBe(200);
    await enrolTwoFactor(nia);
    const program = await nia.post(`/api/organizations/${orgId}/programs`, {
      name: 'Summer mentoring',
      slug: 'summer',
      startsOn: '2027-06-01',
      endsOn: '2027-08-31',
      cadence: { frequency: 'weekly', minutes: 60 },
    });
    expect(program.status).toBe(201);
    const inside = await admin.get(`/api/organizations/${orgId}/programs`);
    expect(inside.status).toBe(403);
  });

  it('refuses organization creation to an organization admin who is not instance admin', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const { client: other } = await member(t(), admin, orgId, 'admin', null);
    const res = await other.post('/api/organizations', { name: 'Rogue', kind: 'school', timeZone: 'UTC' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });
});
