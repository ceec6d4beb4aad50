import type { BrowserContext } from 'playwright-core';
import { PROGRAM_DATES } from '../../support/dates.ts';
import { enrolTwoFactor } from './journey.ts';
import { apiOf } from './people.ts';

// Building the people of a test through the public HTTP API (the same front door the pages use)
// when going through the pages again would only cost time.

type Api = ReturnType<typeof apiOf>;
type Role = 'admin' | 'safeguarding_lead' | 'coordinator' | 'mentor' | 'mentee';

export async function createProgram(api: Api, orgId: string, name: string, slug: string): Promise<string> {
  const program = await api<{ id: string }>('POST', `/api/organizations/${orgId}/programs`, {
    name,
    slug,
    description: `${name}: pairs meet after school.`,
    ...PROGRAM_DATES,
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

/** The program's current agreement, acknowledged by the participant behind `person`. */
async function acknowledgeAgreement(person: Api, programId: string, participantId: string): Promise<void> {
  const agreement = await person<{ version: number; language: string }>('GET', `/api/programs/${programId}/agreement`);
  await person('POST', `/api/participants/${participantId}/agreement-acknowledgements`, {
    version: agreement.version,
    language: agreement.language,
  });
}

/** Every required module passed by `person`, answered with the answer key program staff can read. */
async function passRequiredTraining(staff: Api, person: Api, programId: string, participantId: string) {
  const modules = await staff<{ id: string; isRequired: boolean }[]>(
    'GET',
    `/api/programs/${programId}/training-modules`,
  );
  for (const { id } of modules.filter((m) => m.isRequired)) {
    const { questions } = await staff<{ questions: { id: string; correct: string }[] }>(
      'GET',
      `/api/training-modules/${id}`,
    );
    const answers = Object.fromEntries(questions.map((q) => [q.id, q.correct]));
    await person('POST', `/api/participants/${participantId}/training/${id}/attempts`, { answers });
  }
}

/**
 * Moves an applicant on to `ready` as staff and the person would on the pages: through `steps`
 * (e.g. ['screening', 'training']), a passed screening check for a mentor who has none, the
 * required training passed, the current agreement acknowledged.
 */
export async function bringToReady(
  staff: Api,
  person: Api,
  programId: string,
  participantId: string,
  steps: { through: string[]; screen: boolean },
): Promise<void> {
  for (const to of steps.through) await staff('POST', `/api/participants/${participantId}/transitions`, { to });
  if (steps.screen) {
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await staff('POST', `/api/participants/${participantId}/screening-checks`, {
      kind: 'background_check',
      checkedOn: day(-3),
      outcome: 'passed',
      expiresOn: day(360),
    });
  }
  await passRequiredTraining(staff, person, programId, participantId);
  await acknowledgeAgreement(person, programId, participantId);
  await staff('POST', `/api/participants/${participantId}/transitions`, { to: 'ready' });
}

interface ProgramSpec {
  setupToken: string | null;
  baseUrl: string;
  organization: string;
  domain: string;
  program: string;
  slug: string;
  password: string;
}

/**
 * The start every staff journey shares: the instance set up with its admin (two-factor on), a
 * program with both application forms open, and its coordinator signed in with two-factor.
 */
export async function programWithCoordinator(newContext: () => Promise<BrowserContext>, spec: ProgramSpec) {
  const admin = apiOf(await newContext(), spec.baseUrl);
  const { organizationId: orgId } = await admin<{ organizationId: string }>('POST', '/api/setup', {
    token: spec.setupToken,
    organization: { name: spec.organization, kind: 'community', timeZone: 'Europe/London' },
    admin: { name: 'Ada Admin', email: `ada@${spec.domain}`, password: spec.password },
  });
  await enrolTwoFactor(admin, spec.password);
  const programId = await createProgram(admin, orgId, spec.program, spec.slug);
  await admin('PATCH', `/api/programs/${programId}/participation`, {
    mentorApplicationsOpen: true,
    menteeApplicationsOpen: true,
  });
  const coordinatorContext = await newContext();
  const coordinator = apiOf(coordinatorContext, spec.baseUrl);
  await acceptAsNewAccount(
    coordinator,
    await invite(admin, orgId, `cora@${spec.domain}`, 'coordinator', programId),
    'Cora Coordinator',
    spec.password,
  );
  await enrolTwoFactor(coordinator, spec.password);
  return { admin, orgId, programId, coordinator, coordinatorContext };
}
