import { agreementVersionId } from '../support/matching-world.ts';
import type { TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { type MatchingScope, type Place, readyPerson } from './matching-world.ts';
import type { ActorName, World } from './world.ts';

type PerActor = Record<ActorName, string>;
type PerScope = Record<MatchingScope, PerActor>;

/**
 * Schedules (issue 5) in program A1 ("own"), A2 ("sibling") and the other organization, built
 * through the front door once the matching rows are done: by then the world's mentor and mentee
 * can never be matched with each other again (she declined their match), so each has an active
 * match of their own in A1. The mentor's is with a new mentee, the mentee's with the mentor she
 * chose in the mentee-choice row. The pair's columns ask about their own match; everyone else
 * asks about the mentee's (staff of A1 see it; to anyone else it does not exist).
 *
 * Each request that changes something has a target of its own, still open when its actor asks.
 * Where the table expects a refusal, the actor asks for the mentee's target (asked after them):
 * a refusal changes nothing, and a wrong success shows in the mentee's column too.
 */
export interface MeetingWorld {
  /** Active matches; in A1 the mentor's for the mentor, the mentee's for everyone else. */
  matches: PerScope;
  /** A1: the match of the other pair (the mentor asks for the mentee's and she for his). */
  strangersMatches: PerActor;
  /** A current rhythm (weekly, 07:00 UTC) of each match, to end. */
  seriesToEnd: PerScope;
  /** Scheduled meetings in the coming days, one per change. */
  meetingsToReschedule: PerScope;
  meetingsToCancel: PerScope;
  meetingsToDownload: PerScope;
  /** A meeting that has started, which nobody answered yet. */
  pastMeetings: PerScope;
  /** A meeting that has started, which the pair answered differently: staff resolve it. */
  disputedMeetings: PerScope;
  /** Pending proposals for a new meeting, made by the other of the pair (accept, decline)… */
  proposalsToAccept: PerScope;
  proposalsToDecline: PerScope;
  /** …and by the asker themself (withdraw). */
  proposalsToWithdraw: PerScope;
  /** Open commitments: the asker's own (written by them, theirs to do)… */
  ownCommitments: PerScope;
  /** …the other's (written by the other, theirs to do)… */
  othersCommitments: PerScope;
  /** …and written by the asker for the other to do (the writer may take it back). */
  commitmentsWritten: PerScope;
  /** Days on which nothing is planned, for the requests that plan something (one hour per actor). */
  freeDays: string[];
  /** The private calendar feed of a bystander of A1 (the new mentee), for the public feed row. */
  feedToken: string;
}

interface Pair {
  matchId: string;
  mentor: TestClient;
  mentee: TestClient;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Every time here is in UTC: local time is the instant, so the arithmetic stays plain. */
const ZONE = 'UTC';
const localOf = (ms: number) => new Date(ms).toISOString().slice(0, 16);

function expectStatus(res: { status: number; text: string }, status: number, what: string) {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${res.text}`);
}

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

/** The mentee of a pair asks its mentor (with the program's current agreement); the mentor accepts. */
async function startMatch(
  place: Place,
  mentee: { client: TestClient; participantId: string },
  mentor: { client: TestClient; participantId: string },
): Promise<string> {
  const agreement = await mentee.client.get(`/api/programs/${place.programId}/agreement?language=en`);
  expectStatus(agreement, 200, 'agreement');
  const asked = await mentee.client.post(`/api/participants/${mentee.participantId}/mentor-requests`, {
    mentorParticipantId: mentor.participantId,
    agreementVersionId: agreement.body.id,
  });
  expectStatus(asked, 201, 'mentor request');
  return accepted(mentor.client, asked.body.id as string);
}

async function accepted(mentor: TestClient, matchId: string): Promise<string> {
  const res = await mentor.post(`/api/matches/${matchId}/acceptance`, {
    agreementVersionId: await agreementVersionId(mentor, matchId),
  });
  if (res.status !== 200 || res.body.status !== 'active') throw new Error(`acceptance: ${res.status} ${res.text}`);
  return matchId;
}

/** A new mentor and mentee of a program, ready and matched with each other. */
async function newPair(t: TestApp, place: Place, tag: string): Promise<Pair & { ids: string[] }> {
  const mentor = await readyPerson(t, [place], 'mentor', `schedule-mentor@${tag}.example`);
  const mentee = await readyPerson(t, [place], 'mentee', `schedule-mentee@${tag}.example`);
  const [mentorId, menteeId] = [mentor.ids[0] as string, mentee.ids[0] as string];
  const matchId = await startMatch(
    place,
    { client: mentee.client, participantId: menteeId },
    { client: mentor.client, participantId: mentorId },
  );
  const userIds = [(await mentor.client.get('/api/me')).body.id, (await mentee.client.get('/api/me')).body.id];
  return { matchId, mentor: mentor.client, mentee: mentee.client, ids: [mentorId, menteeId, ...userIds, matchId] };
}

/** Builds the schedules. Call it after the mentee-choice rows (the mentee's request is her match). */
export async function buildMeetings(t: TestApp, w: World): Promise<MeetingWorld> {
  const m = w.matching;
  if (!m) throw new Error('the meetings need the matching world');
  const staff = w.actors.instanceAdmin.client;
  const a1: Place = { staff, orgId: w.own.orgId, programId: w.own.programId };
  const a2: Place = { staff, orgId: w.own.orgId, programId: w.own.siblingProgramId };
  const vale: Place = { staff: w.other.admin.client, orgId: w.other.orgId, programId: w.other.programId };

  // A1: the mentee's request (made by the mentee-choice row) accepted; a new mentee asks the mentor.
  const mine = (await w.actors.mentee.client.get('/api/me/matches')).body as { id: string; status: string }[];
  const requested = mine.find((match) => match.status === 'proposed');
  if (!requested) throw new Error('the mentee has no request waiting: run the mentee-choice rows first');
  const menteesPair: Pair = {
    matchId: await accepted(m.ownMentorToAsk, requested.id),
    mentor: m.ownMentorToAsk,
    mentee: w.actors.mentee.client,
  };
  const bystander = await readyPerson(t, [a1], 'mentee', 'schedule-mentee@hill.example');
  const mentorsPair: Pair = {
    matchId: await startMatch(
      a1,
      { client: bystander.client, participantId: bystander.ids[0] as string },
      { client: w.actors.mentor.client, participantId: w.participants.ownMentor },
    ),
    mentor: w.actors.mentor.client,
    mentee: bystander.client,
  };
  const siblingPair = await newPair(t, a2, 'year-10.hill');
  const otherPair = await newPair(t, vale, 'vale');
  const otherIds = [...otherPair.ids];

  const now = t.clock.now().getTime();
  const today = new Date(now).toISOString().slice(0, 10);
  const dayAfter = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

  // Meetings in the coming days: each at a time of its own (from day 3, every two hours from 10:00 UTC).
  let nextFree = 0;
  const freeTime = () => {
    const n = nextFree++;
    return `${dayAfter(3 + Math.floor(n / 6))}T${String(10 + 2 * (n % 6)).padStart(2, '0')}:00`;
  };
  const meeting = async (pair: Pair, localStart: string, durationMinutes = 30) => {
    const res = await pair.mentor.post(`/api/matches/${pair.matchId}/meetings`, {
      localStart,
      timeZone: ZONE,
      durationMinutes,
    });
    expectStatus(res, 201, 'meeting');
    if (pair === otherPair) otherIds.push(res.body.id);
    return res.body.id as string;
  };
  const proposal = async (pair: Pair, by: 'mentor' | 'mentee') => {
    const res = await pair[by].post(`/api/matches/${pair.matchId}/proposals`, {
      localStart: freeTime(),
      timeZone: ZONE,
      durationMinutes: 30,
    });
    expectStatus(res, 201, 'proposal');
    if (pair === otherPair) otherIds.push(res.body.id);
    return res.body.id as string;
  };
  const commitment = async (pair: Pair, by: 'mentor' | 'mentee', owner: 'mentor' | 'mentee') => {
    const res = await pair[by].post(`/api/matches/${pair.matchId}/commitments`, {
      owner,
      text: `Something for the ${owner} to do`,
      dueDate: dayAfter(7),
    });
    expectStatus(res, 201, 'commitment');
    if (pair === otherPair) otherIds.push(res.body.id);
    return res.body.id as string;
  };
  const series = async (pair: Pair) => {
    const res = await pair.mentee.post(`/api/matches/${pair.matchId}/series`, {
      weekday: new Date(`${dayAfter(2)}T12:00:00Z`).getUTCDay(),
      localTime: '07:00',
      timeZone: ZONE,
      intervalWeeks: 1,
      durationMinutes: 30,
      firstDate: dayAfter(2),
    });
    expectStatus(res, 201, 'series');
    if (pair === otherPair) otherIds.push(res.body.seriesId);
    return res.body.seriesId as string;
  };
  /** For own: the mentor's target in his match, the mentee's in hers (everyone else's too). */
  const own = async (make: (pair: Pair, side: 'mentor' | 'mentee') => Promise<string>) =>
    perActor({ mentor: await make(mentorsPair, 'mentor') }, await make(menteesPair, 'mentee'));
  const everyScope = async (make: (pair: Pair, side: 'mentor' | 'mentee') => Promise<string>): Promise<PerScope> => ({
    own: await own(make),
    sibling: perActor({}, await make(siblingPair, 'mentee')),
    other: perActor({}, await make(otherPair, 'mentee')),
  });
  const other = (side: 'mentor' | 'mentee') => (side === 'mentor' ? 'mentee' : 'mentor');

  // Meetings about to start (15 minutes each, one after another per pair): the clock then moves past them.
  const firstSoon = Math.ceil((now + 5 * MINUTE) / MINUTE) * MINUTE;
  const soonSlots = new Map<Pair, number>();
  const soon = (pair: Pair) => {
    const n = soonSlots.get(pair) ?? 0;
    soonSlots.set(pair, n + 1);
    return meeting(pair, localOf(firstSoon + n * 15 * MINUTE), 15);
  };
  const pastMeetings = await everyScope((pair) => soon(pair));
  // One per member of staff who may resolve it (the instance admin asks after the anonymous
  // request, which changes nothing); everyone else asks about one more.
  const [ownFirst, siblingFirst] = [await soon(menteesPair), await soon(siblingPair)];
  const disputedMeetings: PerScope = {
    own: perActor(
      {
        anonymous: ownFirst,
        instanceAdmin: ownFirst,
        admin: await soon(menteesPair),
        coordinator: await soon(menteesPair),
      },
      await soon(menteesPair),
    ),
    sibling: perActor(
      { anonymous: siblingFirst, instanceAdmin: siblingFirst, admin: await soon(siblingPair) },
      await soon(siblingPair),
    ),
    other: perActor({}, await soon(otherPair)),
  };
  const latestSoon = firstSoon + (Math.max(...soonSlots.values()) - 1) * 15 * MINUTE;

  const world: MeetingWorld = {
    matches: {
      own: perActor({ mentor: mentorsPair.matchId }, menteesPair.matchId),
      sibling: perActor({}, siblingPair.matchId),
      other: perActor({}, otherPair.matchId),
    },
    strangersMatches: perActor({ mentor: menteesPair.matchId, mentee: mentorsPair.matchId }, menteesPair.matchId),
    seriesToEnd: await everyScope((pair) => series(pair)),
    meetingsToReschedule: await everyScope((pair) => meeting(pair, freeTime())),
    meetingsToCancel: await everyScope((pair) => meeting(pair, freeTime())),
    meetingsToDownload: await everyScope((pair) => meeting(pair, freeTime())),
    pastMeetings,
    disputedMeetings,
    proposalsToAccept: await everyScope((pair, side) => proposal(pair, other(side))),
    proposalsToDecline: await everyScope((pair, side) => proposal(pair, other(side))),
    proposalsToWithdraw: await everyScope((pair, side) => proposal(pair, side)),
    ownCommitments: await everyScope((pair, side) => commitment(pair, side, side)),
    othersCommitments: await everyScope((pair, side) => commitment(pair, other(side), other(side))),
    commitmentsWritten: await everyScope((pair, side) => commitment(pair, side, other(side))),
    freeDays: [30, 31, 32, 33].map(dayAfter),
    feedToken: '',
  };

  const feed = await bystander.client.post('/api/me/calendar-feed', {});
  expectStatus(feed, 201, 'calendar feed');
  world.feedToken = /\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(feed.body.url as string)?.[1] ?? '';
  if (!world.feedToken) throw new Error(`calendar feed url: ${feed.body.url}`);

  // The soon meetings start; the pair answer the disputed ones differently.
  t.clock.advance(latestSoon - t.clock.now().getTime() + MINUTE);
  const pairs: Record<MatchingScope, Pair> = { own: menteesPair, sibling: siblingPair, other: otherPair };
  for (const scope of ['own', 'sibling', 'other'] as const) {
    const pair = pairs[scope];
    for (const meetingId of new Set(Object.values(disputedMeetings[scope]))) {
      expectStatus(await pair.mentee.post(`/api/meetings/${meetingId}/attendance`, { answer: 'met' }), 200, 'met');
      const res = await pair.mentor.post(`/api/meetings/${meetingId}/attendance`, { answer: 'they-did-not-come' });
      if (res.status !== 200 || res.body.status !== 'disputed') throw new Error(`dispute: ${res.status} ${res.text}`);
    }
  }

  // Each pair sees every target made for them, as it should be: a 404 below is then about who asks.
  const targetsOf = (side: 'mentor' | 'mentee', scope: MatchingScope) => {
    const of = (pool: PerScope) => pool[scope][side];
    return {
      series: of(world.seriesToEnd),
      scheduled: [world.meetingsToReschedule, world.meetingsToCancel, world.meetingsToDownload, world.pastMeetings].map(
        of,
      ),
      disputed: scope === 'own' && side === 'mentor' ? [] : [...new Set(Object.values(disputedMeetings[scope]))],
      proposals: [world.proposalsToAccept, world.proposalsToDecline, world.proposalsToWithdraw].map(of),
      commitments: [world.ownCommitments, world.othersCommitments, world.commitmentsWritten].map(of),
    };
  };
  await assertTargets(mentorsPair, targetsOf('mentor', 'own'));
  for (const scope of ['own', 'sibling', 'other'] as const)
    await assertTargets(pairs[scope], targetsOf('mentee', scope));

  w.other.ids.push(...otherIds);
  return world;
}

async function assertTargets(
  pair: Pair,
  expected: { series: string; scheduled: string[]; disputed: string[]; proposals: string[]; commitments: string[] },
) {
  const schedule = await pair.mentee.get(`/api/matches/${pair.matchId}/schedule`);
  const commitments = await pair.mentee.get(`/api/matches/${pair.matchId}/commitments`);
  const meetings = new Map((schedule.body.meetings as { id: string; status: string }[]).map((m) => [m.id, m.status]));
  const pending = new Set((schedule.body.proposals as { id: string }[]).map((p) => p.id));
  const open = new Set((commitments.body as { id: string; completedAt: string | null }[]).map((c) => c.id));
  const wrong = [
    ...(schedule.body.series?.id === expected.series ? [] : [`series ${expected.series}`]),
    ...expected.scheduled.filter((id) => meetings.get(id) !== 'scheduled').map((id) => `scheduled ${id}`),
    ...expected.disputed.filter((id) => meetings.get(id) !== 'disputed').map((id) => `disputed ${id}`),
    ...expected.proposals.filter((id) => !pending.has(id)).map((id) => `proposal ${id}`),
    ...expected.commitments.filter((id) => !open.has(id)).map((id) => `commitment ${id}`),
  ];
  if (wrong.length > 0) throw new Error(`match ${pair.matchId} lacks ${wrong.join(', ')}`);
}
