import { isoDayFromToday } from '../support/dates.ts';
import {
  accept,
  applyAs,
  invite,
  moveThrough,
  passRequiredTraining,
  setApplicationsOpen,
} from '../support/factories.ts';
import type { TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { onNewMachine } from './machines.ts';
import type { ActorName } from './world.ts';

export type MatchingScope = 'own' | 'sibling' | 'other';
type PerActor = Record<ActorName, string>;

/**
 * Matching in program A1 ("own"), A2 ("sibling") and the other organization, built as staff and
 * people would: everyone made ready, runs started and approved. Each request of the matrix that
 * changes something has a target of its own, still open when its actor asks.
 */
export interface MatchingWorld {
  /** A run approved while the world was built: the one read. */
  approvedRuns: Record<MatchingScope, string>;
  /** Each staff member's own unapproved run (one mentee each, so one approval never outdates
   * another). Everyone else asks for the approved run: access is judged before a run's state, so
   * theirs is a 404 either way, and a fault there cannot match anyone behind later rows' backs. */
  runsToApprove: Record<MatchingScope, PerActor>;
  /** A proposed match to read, accept and decline: in A1 the mentor's and the mentee's with each other. */
  matches: Record<MatchingScope, string>;
  /** The world's mentor's other proposed match (another mentee): the mentor accepts, then declines
   * it, so the pair's own match stays proposed until the mentee accepts and declines it. */
  mentorsOtherMatch: string;
  /** Each staff member's own open match to close; the pair tries to close their own. */
  matchesToClose: Record<MatchingScope, PerActor>;
  /** A mentee of each scope who could choose a mentor (A1: the mentee actor's own participant). */
  choosers: Record<MatchingScope, string>;
  /** A screened mentor with places left, whom each scope's mentee may ask. */
  mentorsToAsk: Record<MatchingScope, string>;
  /** Version 1 of each program's agreement (English): what is acknowledged when accepting or asking. */
  agreementIds: Record<MatchingScope, string>;
  /** The A1 mentor with places whom the mentee asks (mentorsToAsk.own), signed in: he accepts her
   * request once the matching rows are done, and the meeting rows use their match. */
  ownMentorToAsk: TestClient;
  /** The other organization's ids made here: no actor may ever see one. */
  otherIds: string[];
}

export interface Place {
  staff: TestClient;
  orgId: string;
  programId: string;
}

/** Screened (mentors), trained, agreement acknowledged, then `ready`: what a run asks of a person. */
async function makeReady(
  place: Place,
  person: TestClient,
  participantId: string,
  role: 'mentor' | 'mentee',
  language: 'en' | 'es' = 'en',
) {
  const { staff, programId } = place;
  if (role === 'mentor') {
    await moveThrough(staff, participantId, ['screening']);
    const check = await staff.post(`/api/participants/${participantId}/screening-checks`, {
      kind: 'background_check',
      checkedOn: isoDayFromToday(-3),
      outcome: 'passed',
      expiresOn: isoDayFromToday(360),
    });
    if (check.status !== 201) throw new Error(`screening: ${check.status} ${check.text}`);
  }
  await moveThrough(staff, participantId, ['training']);
  await passRequiredTraining(staff, person, programId, participantId);
  const acknowledged = await person.post(`/api/participants/${participantId}/agreement-acknowledgements`, {
    version: 1,
    language,
  });
  if (acknowledged.status !== 201) throw new Error(`acknowledge: ${acknowledged.status} ${acknowledged.text}`);
  await moveThrough(staff, participantId, ['ready']);
}

/** Someone invited into the given programs in one role, signed in, applied and ready in each. */
export async function readyPerson(
  t: TestApp,
  places: Place[],
  role: 'mentor' | 'mentee',
  email: string,
  application: Record<string, unknown> = {},
): Promise<{ ids: string[]; client: TestClient }> {
  let client: TestClient | null = null;
  for (const place of places) {
    const { token } = await invite(place.staff, place.orgId, { email, role, programId: place.programId });
    if (!client) client = await accept(onNewMachine(t), token, email.split('@')[0]);
    else {
      const accepted = await client.post(`/api/invitations/${token}/accept`, {});
      if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${accepted.text}`);
    }
  }
  const ids: string[] = [];
  for (const place of places) {
    const participant = await applyAs(client as TestClient, place.programId, role, application);
    await makeReady(place, client as TestClient, participant.id, role);
    ids.push(participant.id);
  }
  return { ids, client: client as TestClient };
}

type Pair = { menteeId: string; mentorId: string };

async function startRun(place: Place, body: { menteeIds: string[]; pins?: Pair[] }): Promise<string> {
  const res = await place.staff.post(`/api/programs/${place.programId}/matching-runs`, body);
  if (res.status !== 201) throw new Error(`matching run: ${res.status} ${res.text}`);
  return res.body.id as string;
}

/** Approves a run; returns its matches' ids by mentee. */
async function approve(place: Place, runId: string): Promise<Map<string, string>> {
  const res = await place.staff.post(`/api/matching-runs/${runId}/approval`, {});
  if (res.status !== 200) throw new Error(`approval: ${res.status} ${res.text}`);
  const created = res.body.matches as { id: string; mentee: { participantId: string } }[];
  return new Map(created.map((m) => [m.mentee.participantId, m.id]));
}

async function agreementId(place: Place): Promise<string> {
  const res = await place.staff.get(`/api/programs/${place.programId}/agreement?language=en`);
  if (res.status !== 200 || res.body.version !== 1) throw new Error(`agreement: ${res.status} ${res.text}`);
  return res.body.id as string;
}

const get = (map: Map<string, string>, key: string) => {
  const value = map.get(key);
  if (!value) throw new Error(`no match for ${key}`);
  return value;
};

const perActor = (first: Partial<PerActor>, rest: string): PerActor => ({
  anonymous: rest,
  instanceAdmin: rest,
  admin: rest,
  coordinator: rest,
  safeguardingLead: rest,
  mentor: rest,
  mentee: rest,
  ...first,
});

/**
 * The world's mentor and mentee made ready; one more mentor (with places in A1 and A2) and seven
 * mentees, five of them in A2 too; a mentor and a mentee in the other organization. Every match
 * comes from a run the organization's admin started and approved (A1's with pins for the pair).
 */
export async function buildMatching(
  t: TestApp,
  own: { staff: TestClient; orgId: string; programId: string; siblingProgramId: string },
  pair: { mentor: TestClient; mentee: TestClient; mentorId: string; menteeId: string; siblingMenteeId: string },
  other: { staff: TestClient; orgId: string; programId: string },
): Promise<MatchingWorld> {
  const a1: Place = { staff: own.staff, orgId: own.orgId, programId: own.programId };
  const a2: Place = { staff: own.staff, orgId: own.orgId, programId: own.siblingProgramId };
  const vale: Place = other;
  // A2's forms open as A1's are (the matrix opens both before it asks anyone to apply).
  await setApplicationsOpen(a2.staff, a2.programId);
  await makeReady(a1, pair.mentor, pair.mentorId, 'mentor');
  // In Spanish: the matrix's own acknowledgement (English) is then a new one.
  await makeReady(a1, pair.mentee, pair.menteeId, 'mentee', 'es');
  const matchedMentor = await readyPerson(t, [a1, a2], 'mentor', 'matched-mentor@hill.example', { capacity: 10 });
  const [mentorA1, mentorA2] = matchedMentor.ids as [string, string];
  const a1Mentees: string[] = [];
  const a2Mentees: string[] = [];
  for (let n = 1; n <= 7; n++) {
    const places = n <= 5 ? [a1, a2] : [a1];
    const [inA1, inA2] = (await readyPerson(t, places, 'mentee', `matched-${n}@hill.example`)).ids;
    a1Mentees.push(inA1 as string);
    if (inA2) a2Mentees.push(inA2);
  }
  const [other1, close1, close2, close3, approve1, approve2, approve3] = a1Mentees as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const [s1, s2, s3, q1, q2] = a2Mentees as [string, string, string, string, string];

  // A1: the pair, the mentor with another mentee, three more for closing; then one run per approver.
  const a1Run = await startRun(a1, {
    menteeIds: [pair.menteeId, other1, close1, close2, close3],
    pins: [
      { menteeId: pair.menteeId, mentorId: pair.mentorId },
      { menteeId: other1, mentorId: pair.mentorId },
      ...[close1, close2, close3].map((menteeId) => ({ menteeId, mentorId: mentorA1 })),
    ],
  });
  const a1Matches = await approve(a1, a1Run);
  // The world's mentor is full now (two places): these pair with the other mentor.
  const [r1, r2, r3] = [
    await startRun(a1, { menteeIds: [approve1] }),
    await startRun(a1, { menteeIds: [approve2] }),
    await startRun(a1, { menteeIds: [approve3] }),
  ];

  // A2: three matches to read and close; one run per approver.
  const a2Run = await startRun(a2, { menteeIds: [s1, s2, s3] });
  const a2Matches = await approve(a2, a2Run);
  const [q1Run, q2Run] = [await startRun(a2, { menteeIds: [q1] }), await startRun(a2, { menteeIds: [q2] })];

  // The other organization: a mentor and a mentee of its own, matched.
  const [valeMentor] = (await readyPerson(t, [vale], 'mentor', 'matched-mentor@vale.example')).ids as [string];
  const [valeMentee] = (await readyPerson(t, [vale], 'mentee', 'matched-mentee@vale.example')).ids as [string];
  const valeRun = await startRun(vale, { menteeIds: [valeMentee] });
  const valeMatch = get(await approve(vale, valeRun), valeMentee);
  const valeAgreement = await agreementId(vale);

  const pairMatch = get(a1Matches, pair.menteeId);
  const s3Match = get(a2Matches, s3);
  return {
    approvedRuns: { own: a1Run, sibling: a2Run, other: valeRun },
    runsToApprove: {
      own: perActor({ anonymous: r1, instanceAdmin: r1, admin: r2, coordinator: r3 }, a1Run),
      sibling: perActor({ anonymous: q1Run, instanceAdmin: q1Run, admin: q2Run }, a2Run),
      other: perActor({}, valeRun),
    },
    matches: { own: pairMatch, sibling: s3Match, other: valeMatch },
    mentorsOtherMatch: get(a1Matches, other1),
    matchesToClose: {
      own: perActor(
        {
          anonymous: get(a1Matches, close1),
          instanceAdmin: get(a1Matches, close1),
          admin: get(a1Matches, close2),
          coordinator: get(a1Matches, close3),
        },
        pairMatch,
      ),
      sibling: perActor(
        { anonymous: get(a2Matches, s1), instanceAdmin: get(a2Matches, s1), admin: get(a2Matches, s2) },
        s3Match,
      ),
      other: perActor({}, valeMatch),
    },
    choosers: { own: pair.menteeId, sibling: pair.siblingMenteeId, other: valeMentee },
    mentorsToAsk: { own: mentorA1, sibling: mentorA2, other: valeMentor },
    agreementIds: { own: await agreementId(a1), sibling: await agreementId(a2), other: valeAgreement },
    ownMentorToAsk: matchedMentor.client,
    otherIds: [valeMentor, valeMentee, valeRun, valeMatch, valeAgreement],
  };
}
