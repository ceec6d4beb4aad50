import type { apiOf } from './people.ts';

// Building the people of a test through the public HTTP API (the same front door the pages use)
// when going through the pages again would only cost time.

type Api = ReturnType<typeof apiOf>;
type Role = 'admin' | 'safeguarding_lead' | 'coordinator' | 'mentor' | 'mentee';

export async function createProgram(api: Api, orgId: string, name: string, slug: string): Promise<string> {
  const program = await api<{ id: string }>('POST', `/api/organizations/${orgId}/programs`, {
    name,
    slug,
    description: `${name}: pairs meet after school.`,
    startsOn: '2026-09-01',
    endsOn: '2027-06-30',
    cadence: { frequency: 'weekly', minutes: 45 },
  });
  return program.id;
}

/** An invitation's link, as handed to the inviter when no mail server is configured. */
export async function invite(api: Api, orgId: string, email: string, role: Role, programId: string | null) {
  const invitation = await api<{ url: string | null }>('POST', `/api/organizations/${orgId}/invitations`, {
    email,
    role,
    programId,
    locale: 'en',
  });
  if (!invitation.url) throw new Error(`no link handed over for ${email}`);
  return invitation.url;
}

/** Accepts with a new account, which signs the context in as its owner. */
export async function acceptAsNewAccount(api: Api, link: string, name: string, password: string): Promise<void> {
  const token = new URL(link).pathname.split('/').pop();
  await api('POST', `/api/invitations/${token}/accept`, { account: { name, password, locale: 'en' } });
}

/** The newest link to `path` in an email the admin can read in the instance's or the organization's outbox. */
export async function linkInOutbox(admin: Api, orgId: string, baseUrl: string, path: string): Promise<string> {
  const mails = [
    ...(await admin<{ text: string }[]>('GET', '/api/instance/outbox')),
    ...(await admin<{ text: string }[]>('GET', `/api/organizations/${orgId}/outbox`)),
  ];
  const pattern = new RegExp(`${baseUrl.replaceAll('.', '\\.')}${path}\\S+`);
  const link = mails.map((mail) => mail.text.match(pattern)?.[0]).find(Boolean);
  if (!link) throw new Error(`no email with a ${path} link in the outboxes`);
  return link;
}
