import { isoDayFromToday } from './dates.ts';
import {
  addExperience,
  createProgram,
  meetReadyRequirements,
  moveThrough,
  PASSWORD,
  personNamed,
  setApplicationsOpen,
  setUpInstance,
} from './factories.ts';
import type { TestApp } from './test-app.ts';
import { TestClient } from './test-client.ts';

export interface ReadyPerson {
  client: TestClient;
  participantId: string;
  name: string;
  email: string;
  /** The guardian who consented for a minor (PersonSpec.guardian), signed in. */
  guardian?: TestClient;
}

export interface GuardianSpec {
  name: string;
  email: string;
}

interface PersonSpec {
  /** Application fields replacing the defaults of applicationFor. */
  application?: Record<string, unknown>;
  experiences?: { label: string; choices: Partial<Record<string, boolean>> }[];
  /**
   * For a minor (give a `birthDate` under the consent age in `application`): the guardian named
   * in the application, who consents with a new account through the link Trellis emails them.
   */
  guardian?: GuardianSpec;
}

/** A bornOn date that makes someone `years` old today (1 January has always passed). */
export const bornYearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-01`;

/**
 * A program whose coordinator can bring people to `ready` through the front door: invited,
 * applied, screened (mentors), trained, agreement acknowledged, moved to ready.
 */
export async function matchingProgram(t: TestApp, programOverrides: Record<string, unknown> = {}) {
  const { admin, orgId } = await setUpInstance(t);
  const program = await createProgram(admin, orgId, programOverrides);
  const coordinator = await personNamed(t, admin, orgId, {
    role: 'coordinator',
    programId: program.id,
    email: 'cora@hill.example',
    name: 'Cora Coordinator',
  });
  await setApplicationsOpen(coordinator.client, program.id);

  async function readyPerson(role: 'mentor' | 'mentee', name: string, spec: PersonSpec = {}): Promise<ReadyPerson> {
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@hill.example`;
    const person = await personNamed(t, admin, orgId, { role, programId: program.id, email, name });
    const applied = await person.client.post(`/api/programs/${program.id}/applications`, {
      ...application(role, spec),
      ...(spec.guardian ? { guardianEmail: spec.guardian.email, language: 'en' } : {}),
    });
    if (applied.status !== 201) throw new Error(`apply: ${applied.status} ${applied.text}`);
    const participantId = applied.body.id as string;
    const guardian = spec.guardian ? await guardianConsents(spec.guardian) : undefined;
    for (const e of spec.experiences ?? []) {
      await addExperience(person.client, program.id, participantId, e.label, e.choices);
    }
    if (role === 'mentor') {
      await moveThrough(coordinator.client, participantId, ['screening']);
      const check = await coordinator.client.post(`/api/participants/${participantId}/screening-checks`, {
        kind: 'background_check',
        checkedOn: isoDayFromToday(-3),
        outcome: 'passed',
        expiresOn: isoDayFromToday(360),
      });
      if (check.status !== 201) throw new Error(`screening: ${check.status} ${check.text}`);
    }
    await moveThrough(coordinator.client, participantId, ['training']);
    await meetReadyRequirements(coordinator.client, person.client, program.id, participantId);
    await moveThrough(coordinator.client, participantId, ['ready']);
    return { client: person.client, participantId, name, email, ...(guardian ? { guardian } : {}) };
  }

  /** The guardian opens the link in Trellis's email to them (read from the outbox) and consents. */
  async function guardianConsents(spec: GuardianSpec): Promise<TestClient> {
    const outbox = await admin.get(`/api/organizations/${orgId}/outbox`);
    const mail = (outbox.body as { to: string; text: string }[]).find(
      (m) => m.to === spec.email && m.text.includes('/guardian/'),
    );
    const token = mail?.text.match(/\/guardian\/([A-Za-z0-9_-]+)/)?.[1];
    if (!token) throw new Error(`no guardian link was emailed to ${spec.email}`);
    const guardian = new TestClient(t.app);
    const consented = await guardian.post(`/api/guardian-links/${token}/consent`, {
      language: 'en',
      name: spec.name,
      password: PASSWORD,
    });
    if (consented.status !== 201) throw new Error(`guardian consent: ${consented.status} ${consented.text}`);
    return guardian;
  }

  return { admin, orgId, program, coordinator, readyPerson };
}

function application(role: 'mentor' | 'mentee', spec: PersonSpec) {
  const common = {
    role,
    timeZone: 'Europe/London',
    languages: ['en'],
    interests: ['football'],
    availability: [{ day: 'wed', start: '16:00', end: '18:00' }],
  };
  // Adults both, eight years apart: inside the default age gap, no guardian needed.
  const byRole =
    role === 'mentor'
      ? { strengths: ['exams'], capacity: 1, birthDate: '2000-03-01' }
      : { goals: ['exams'], birthDate: '2008-03-01' };
  return { ...common, ...byRole, ...spec.application };
}

/** The id of the program's current agreement text, as the pair reads it on their match. */
export async function agreementVersionId(client: TestClient, matchId: string): Promise<string> {
  const res = await client.get(`/api/matches/${matchId}`);
  if (res.status !== 200 || !res.body.agreement) throw new Error(`match: ${res.status} ${res.text}`);
  return res.body.agreement.versionId as string;
}
