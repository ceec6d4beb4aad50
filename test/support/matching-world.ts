import {
  addExperience,
  createProgram,
  meetReadyRequirements,
  moveThrough,
  personNamed,
  setApplicationsOpen,
  setUpInstance,
} from './factories.ts';
import type { TestApp } from './test-app.ts';
import type { TestClient } from './test-client.ts';

export interface ReadyPerson {
  client: TestClient;
  participantId: string;
  name: string;
  email: string;
}

interface PersonSpec {
  /** Application fields replacing the defaults of applicationFor. */
  application?: Record<string, unknown>;
  experiences?: { label: string; choices: Partial<Record<string, boolean>> }[];
}

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

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
    const applied = await person.client.post(`/api/programs/${program.id}/applications`, application(role, spec));
    if (applied.status !== 201) throw new Error(`apply: ${applied.status} ${applied.text}`);
    const participantId = applied.body.id as string;
    for (const e of spec.experiences ?? []) {
      await addExperience(person.client, program.id, participantId, e.label, e.choices);
    }
    if (role === 'mentor') {
      await moveThrough(coordinator.client, participantId, ['screening']);
      const check = await coordinator.client.post(`/api/participants/${participantId}/screening-checks`, {
        kind: 'background_check',
        checkedOn: isoDay(-3),
        outcome: 'passed',
        expiresOn: isoDay(360),
      });
      if (check.status !== 201) throw new Error(`screening: ${check.status} ${check.text}`);
    }
    await moveThrough(coordinator.client, participantId, ['training']);
    await meetReadyRequirements(coordinator.client, person.client, program.id, participantId);
    await moveThrough(coordinator.client, participantId, ['ready']);
    return { client: person.client, participantId, name, email };
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
