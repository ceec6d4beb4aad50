import { PASSWORD } from '../support/factories.ts';
import type { TestApp } from '../support/test-app.ts';
import { TestClient } from '../support/test-client.ts';
import { onNewMachine } from './machines.ts';

/** Guardian links of A1's mentee: open ones to spend, and a consent given by a guardian who is no actor. */
export interface GuardianWorld {
  /** One unused link per actor (consenting spends it) and one that is only looked at. */
  openTokens: string[];
  previewToken: string;
  /** A confirmed guardianship of someone outside the matrix: no actor may withdraw it. */
  someoneElsesGuardianshipId: string;
}

async function sendLink(staff: TestClient, orgId: string, participantId: string, email: string): Promise<string> {
  const res = await staff.post(`/api/participants/${participantId}/guardian-links`, { email });
  if (res.status !== 201) throw new Error(`guardian link: ${res.status} ${res.text}`);
  const outbox = await staff.get(`/api/organizations/${orgId}/outbox`);
  const mail = (outbox.body as { to: string; text: string }[]).find((m) => m.to === email);
  const token = mail?.text.match(/\/guardian\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no guardian link for ${email} in the outbox`);
  return token;
}

/** Built as staff and guardians would: the admin sends links, one guardian consents. */
export async function buildGuardians(
  t: TestApp,
  admin: TestClient,
  place: { orgId: string; participantId: string; actors: readonly string[] },
): Promise<GuardianWorld> {
  const openTokens: string[] = [];
  for (const actor of place.actors) {
    openTokens.push(
      await sendLink(admin, place.orgId, place.participantId, `guardian-${actor.toLowerCase()}@family.example`),
    );
  }
  const previewToken = await sendLink(admin, place.orgId, place.participantId, 'guardian-preview@family.example');
  const consentToken = await sendLink(admin, place.orgId, place.participantId, 'guardian-gus@family.example');
  const gus = new TestClient(onNewMachine(t).app);
  const consented = await gus.post(`/api/guardian-links/${consentToken}/consent`, {
    language: 'en',
    name: 'Gus Guardian',
    password: PASSWORD,
  });
  if (consented.status !== 201) throw new Error(`guardian consent: ${consented.status} ${consented.text}`);
  const children = (await gus.get('/api/me/children')).body as { guardianshipId: string }[];
  const someoneElsesGuardianshipId = children[0]?.guardianshipId;
  if (!someoneElsesGuardianshipId) throw new Error('the guardian sees no child');
  return { openTokens, previewToken, someoneElsesGuardianshipId };
}
