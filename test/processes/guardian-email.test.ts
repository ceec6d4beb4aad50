import { describe, expect, it } from 'vitest';
import { enrolTwoFactor, HttpClient, PASSWORD, setUpThrough } from './support/http-client.ts';
import { setupTokenFrom } from './support/server.ts';
import { embeddedServerWithSmtp } from './support/server-with-smtp.ts';

// The guardian flow end to end over SMTP: the emailed link is what the guardian really receives.
describe('a guardian’s consent email over SMTP', () => {
  const { server, smtp } = embeddedServerWithSmtp('guardian-smtp');

  it('emails a 12-year-old’s guardian a Spanish link whose consent returns the child to applied', async () => {
    const url = server().url;
    const admin = new HttpClient(url);
    const { orgId } = await setUpThrough(admin, url, setupTokenFrom(server().process.stdout));
    await enrolTwoFactor(admin, url);
    const program = await admin.post(`${url}/api/organizations/${orgId}/programs`, {
      name: 'Year 7 Buddies',
      slug: 'year-7',
      startsOn: '2026-09-01',
      endsOn: '2027-07-15',
      cadence: { frequency: 'weekly', minutes: 45 },
    });
    expect(program.status).toBe(201);
    const programId = program.body.id as string;
    await admin.post(`${url}/api/organizations/${orgId}/invitations`, {
      email: 'lia@hill.example',
      role: 'mentee',
      programId,
    });
    const [invitation] = await smtp.waitFor((m) => m.to.includes('lia@hill.example'));
    const inviteToken = invitation?.text.match(/\/invitations\/([A-Za-z0-9_-]+)/)?.[1];
    const lia = new HttpClient(url);
    const accepted = await lia.post(`${url}/api/invitations/${inviteToken}/accept`, {
      account: { name: 'Lía Pérez', password: PASSWORD, locale: 'es' },
    });
    expect(accepted.status).toBe(200);
    const opened = await admin.request('PATCH', `${url}/api/programs/${programId}/participation`, {
      menteeApplicationsOpen: true,
    });
    expect(opened.status).toBe(200);

    const applied = await lia.post(`${url}/api/programs/${programId}/applications`, {
      role: 'mentee',
      timeZone: 'Europe/Madrid',
      birthDate: `${new Date().getUTCFullYear() - 12}-01-01`,
      guardianEmail: 'carmen@family.example',
      language: 'es',
    });
    expect(applied.status).toBe(201);
    expect(applied.body.status).toBe('awaiting_guardian');

    const [mail] = await smtp.waitFor((m) => m.to.includes('carmen@family.example'));
    expect(mail?.subject).toBe('Lía quiere participar en Year 7 Buddies: necesitamos tu consentimiento');
    const token = mail?.text.match(new RegExp(`${url}/guardian/([A-Za-z0-9_-]+)\\?language=es`))?.[1];
    const carmen = new HttpClient(url);
    const page = await carmen.get(`${url}/api/guardian-links/${token}?language=es`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ childFirstName: 'Lía', programName: 'Year 7 Buddies', language: 'es' });
    const consent = await carmen.post(`${url}/api/guardian-links/${token}/consent`, {
      language: 'es',
      name: 'Carmen Pérez',
      password: PASSWORD,
    });
    expect(consent.status).toBe(201);
    const children = await carmen.get(`${url}/api/me/children`);
    expect(children.body).toMatchObject([{ childFirstName: 'Lía', status: 'applied' }]);
  }, 180_000);
});
