import { describe, expect, it } from 'vitest';
import { enrolTwoFactor, HttpClient, setUpThrough } from './support/http-client.ts';
import { setupTokenFrom } from './support/server.ts';
import { embeddedServerWithSmtp } from './support/server-with-smtp.ts';

// The embedded default with SMTP_URL set: the outbox row is sent by a pg-boss job over SMTP.
describe('email over SMTP on the embedded database', () => {
  const { server, smtp } = embeddedServerWithSmtp('smtp');

  it('delivers an invitation with its subject and working link, once, and marks the outbox row sent', async () => {
    const admin = new HttpClient(server().url);
    const { orgId } = await setUpThrough(admin, server().url, setupTokenFrom(server().process.stdout));
    await enrolTwoFactor(admin, server().url);
    const invited = await admin.post(`${server().url}/api/organizations/${orgId}/invitations`, {
      email: 'mia@hill.example',
      role: 'admin',
      programId: null,
    });
    expect(invited.status).toBe(201);

    const [mail] = await smtp.waitFor((m) => m.to.includes('mia@hill.example'));
    expect(mail?.subject).toBe('You are invited to Hill School on Trellis');
    const token = mail?.text.match(new RegExp(`${server().url}/invitations/([A-Za-z0-9_-]+)`))?.[1];
    const preview = await new HttpClient(server().url).get(`${server().url}/api/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ email: 'mia@hill.example', organizationName: 'Hill School', role: 'admin' });

    // The job marks the row after the SMTP server accepted the message: poll the admin's outbox.
    let row: { to: string; status: string; sentAt: string | null; id: string } | undefined;
    for (let i = 0; i < 50 && row?.status !== 'sent'; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 200));
      const outbox = await admin.get(`${server().url}/api/organizations/${orgId}/outbox`);
      row = (outbox.body as (typeof row & {})[]).find((m) => m.to === 'mia@hill.example');
    }
    expect(row).toMatchObject({ status: 'sent', sentAt: expect.any(String), id: mail?.mailId });
    expect(smtp.messages.filter((m) => m.to.includes('mia@hill.example'))).toHaveLength(1);
  }, 180_000);
});
