import { accept, createProgram, enrolTwoFactor, invite, member, setUpInstance } from '../support/factories.ts';
import type { TestApp } from '../support/test-app.ts';
import { TestClient } from '../support/test-client.ts';
import { buildGuardians, type GuardianWorld } from './guardian-world.ts';
import { onNewMachine } from './machines.ts';
import { buildMatching, type MatchingWorld } from './matching-world.ts';
import type { MeetingWorld } from './meeting-world.ts';
import { buildParticipants, otherParticipant, type ParticipantWorld } from './participant-world.ts';

/** The columns of the matrix: nobody, then one person per role, all of the "own" organization. */
export const ACTORS = [
  'anonymous',
  'instanceAdmin',
  'admin',
  'coordinator',
  'safeguardingLead',
  'mentor',
  'mentee',
] as const;
export type ActorName = (typeof ACTORS)[number];

export interface Person {
  client: TestClient;
  address: string;
  userId: string;
  email: string;
  otpauth: string | null;
}

/** Ids of one organization; the pools are spent one per request that may change them. */
export interface OrgIds {
  orgId: string;
  programId: string;
  assignmentIds: string[];
  openInvitationIds: string[];
}

export interface World {
  actors: Record<ActorName, Person>;
  /** Hill School: the actors' organization. Program A1 holds the coordinator, mentor and mentee. */
  own: OrgIds & { siblingProgramId: string; newAddressTokens: string[]; someoneElsesToken: string };
  /** Vale Community: created by the instance admin, run by its own admin. */
  other: OrgIds & {
    admin: Person;
    accountId: string;
    sessionToken: string;
    ids: string[];
    participantId: string;
    moduleId: string;
    experienceId: string;
  };
  participants: ParticipantWorld;
  guardians: GuardianWorld;
  /** Runs and matches: only for the rows of Trellis's routes (the account rows need none). */
  matching?: MatchingWorld;
  /** Schedules and commitments: built by buildMeetings once the matching rows are done. */
  meetings?: MeetingWorld;
}

type Place = { email: string; role: string; programId: string | null };

/** Invites several people at once and reads their links from the outbox in one go. */
async function inviteAll(admin: TestClient, orgId: string, places: Place[]) {
  const ids: string[] = [];
  for (const place of places) {
    const res = await admin.post(`/api/organizations/${orgId}/invitations`, place);
    if (res.status !== 201) throw new Error(`invite: ${res.status} ${res.text}`);
    ids.push(res.body.id);
  }
  const outbox = (await admin.get(`/api/organizations/${orgId}/outbox`)).body as { to: string; text: string }[];
  const tokens = places.map((p) => {
    const token = outbox.find((m) => m.to === p.email)?.text.match(/\/invitations\/([A-Za-z0-9_-]+)/)?.[1];
    if (!token) throw new Error(`no invitation link for ${p.email}`);
    return token;
  });
  return { ids, tokens };
}

async function person(t: TestApp, admin: TestClient, orgId: string, role: string, programId: string | null) {
  const machine = onNewMachine(t);
  const email = `${role.replace('_', '-')}@hill.example`;
  const { client, otpauth } = await member(machine, admin, orgId, role, programId, email);
  const me = await client.get('/api/me');
  return { client, otpauth, email, address: machine.address, userId: me.body.id as string };
}

async function assignmentsOf(admin: TestClient, orgId: string, userIds: string[]) {
  const members = (await admin.get(`/api/organizations/${orgId}/members`)).body as {
    userId: string;
    assignmentId: string;
  }[];
  return members.filter((m) => userIds.includes(m.userId)).map((m) => m.assignmentId);
}

/** Builds the two organizations through the front door: setup, then HTTP as each person would. */
export async function buildWorld(t: TestApp, { withMatching = false } = {}): Promise<World> {
  const setupMachine = onNewMachine(t);
  const setup = await setUpInstance(setupMachine);
  const ada = setup.admin;
  const a1 = await createProgram(ada, setup.orgId, { name: 'Year 9', slug: 'year-9' });
  const a2 = await createProgram(ada, setup.orgId, { name: 'Year 10', slug: 'year-10' });
  const anonymousMachine = onNewMachine(t);
  const actors: Record<ActorName, Person> = {
    anonymous: {
      client: new TestClient(anonymousMachine.app),
      address: anonymousMachine.address,
      userId: '',
      email: '',
      otpauth: null,
    },
    instanceAdmin: {
      client: ada,
      address: setupMachine.address,
      userId: setup.userId,
      email: setup.email,
      otpauth: setup.otpauth,
    },
    admin: await person(t, ada, setup.orgId, 'admin', null),
    coordinator: await person(t, ada, setup.orgId, 'coordinator', a1.id),
    safeguardingLead: await person(t, ada, setup.orgId, 'safeguarding_lead', null),
    mentor: await person(t, ada, setup.orgId, 'mentor', a1.id),
    mentee: await person(t, ada, setup.orgId, 'mentee', a1.id),
  };

  // A bystander holding seven roles: the role-removal requests spend them, one per actor.
  const spareMachine = onNewMachine(t);
  const spare = await member(spareMachine, ada, setup.orgId, 'mentor', a1.id, 'spare@hill.example');
  const spareRoles: Place[] = [
    { email: 'spare@hill.example', role: 'mentee', programId: a1.id },
    { email: 'spare@hill.example', role: 'coordinator', programId: a2.id },
    { email: 'spare@hill.example', role: 'mentor', programId: a2.id },
    { email: 'spare@hill.example', role: 'mentee', programId: a2.id },
    { email: 'spare@hill.example', role: 'coordinator', programId: a1.id },
    { email: 'spare@hill.example', role: 'safeguarding_lead', programId: null },
  ];
  for (const place of spareRoles) {
    const { token } = await invite(ada, setup.orgId, place);
    const res = await spare.client.post(`/api/invitations/${token}/accept`, {});
    if (res.status !== 200) throw new Error(`spare accept: ${res.status} ${res.text}`);
  }
  const spareId = (await spare.client.get('/api/me')).body.id as string;
  const open = await inviteAll(
    ada,
    setup.orgId,
    ACTORS.map((a) => ({ email: `open-${a.toLowerCase()}@hill.example`, role: 'mentee', programId: a2.id })),
  );
  const fresh = await inviteAll(
    ada,
    setup.orgId,
    ACTORS.map((a) => ({ email: `new-${a.toLowerCase()}@hill.example`, role: 'mentor', programId: a2.id })),
  );
  const forSpare = await inviteAll(ada, setup.orgId, [{ email: 'spare@hill.example', role: 'admin', programId: null }]);

  const other = await buildOtherOrganization(t, ada);
  const participants = await buildParticipants(
    t,
    ada,
    { orgId: setup.orgId, programId: a1.id, siblingProgramId: a2.id, spareId },
    { mentor: actors.mentor.client, mentee: actors.mentee.client },
  );
  const guardians = await buildGuardians(t, ada, {
    orgId: setup.orgId,
    participantId: participants.ownMentee,
    actors: ACTORS,
  });
  const matching = withMatching
    ? await buildMatching(
        t,
        { staff: ada, orgId: setup.orgId, programId: a1.id, siblingProgramId: a2.id },
        {
          mentor: actors.mentor.client,
          mentee: actors.mentee.client,
          mentorId: participants.ownMentor,
          menteeId: participants.ownMentee,
          siblingMenteeId: participants.siblingMentee,
        },
        { staff: other.admin.client, orgId: other.orgId, programId: other.programId },
      )
    : undefined;
  return {
    actors,
    own: {
      orgId: setup.orgId,
      programId: a1.id,
      siblingProgramId: a2.id,
      assignmentIds: await assignmentsOf(ada, setup.orgId, [spareId]),
      openInvitationIds: open.ids,
      newAddressTokens: fresh.tokens,
      someoneElsesToken: forSpare.tokens[0] as string,
    },
    other: { ...other, ids: [...other.ids, ...(matching?.otherIds ?? [])] },
    participants,
    guardians,
    ...(matching ? { matching } : {}),
  };
}

/** Created by the instance admin, who appoints its admin; she builds the rest. */
async function buildOtherOrganization(t: TestApp, instanceAdmin: TestClient): Promise<World['other']> {
  const created = await instanceAdmin.post('/api/organizations', {
    name: 'Vale Community',
    kind: 'community',
    timeZone: 'Europe/Madrid',
    adminEmail: 'bea@vale.example',
  });
  if (created.status !== 201) throw new Error(`create organization: ${created.status} ${created.text}`);
  const orgId = created.body.id as string;
  const url = created.body.adminInvitationUrl as string;
  const machine = onNewMachine(t);
  const client = await accept(machine, url.split('/invitations/')[1] as string, 'Bea Vale');
  const otpauth = await enrolTwoFactor(client);
  const adminId = (await client.get('/api/me')).body.id as string;
  const accountId = ((await client.get('/api/auth/list-accounts')).body as { id: string }[])[0]?.id as string;
  const sessionToken = ((await client.get('/api/auth/list-sessions')).body as { token: string }[])[0]?.token as string;
  const program = await createProgram(client, orgId, { name: 'Riverside', slug: 'riverside' });
  const mentor = await member(onNewMachine(t), client, orgId, 'mentor', program.id, 'mentor@vale.example');
  const mentorId = (await mentor.client.get('/api/me')).body.id as string;
  const open = await inviteAll(client, orgId, [
    { email: 'open-1@vale.example', role: 'mentee', programId: program.id },
    { email: 'open-2@vale.example', role: 'mentee', programId: program.id },
  ]);
  const { participantId, moduleId, experienceId } = await otherParticipant(client, mentor.client, program.id);
  const assignmentIds = await assignmentsOf(client, orgId, [mentorId]);
  const allAssignments = await assignmentsOf(client, orgId, [adminId, mentorId]);
  const invitationIds = ((await client.get(`/api/organizations/${orgId}/invitations`)).body as { id: string }[]).map(
    (i) => i.id,
  );
  return {
    orgId,
    programId: program.id,
    assignmentIds,
    openInvitationIds: open.ids,
    admin: { client, address: machine.address, userId: adminId, email: 'bea@vale.example', otpauth },
    accountId,
    sessionToken,
    ids: [
      orgId,
      program.id,
      adminId,
      mentorId,
      accountId,
      sessionToken,
      participantId,
      moduleId,
      experienceId,
      ...allAssignments,
      ...invitationIds,
    ],
    participantId,
    moduleId,
    experienceId,
  };
}
