import { agreementVersionId, type GuardianSpec, matchingProgram, type ReadyPerson } from './matching-world.ts';
import type { TestApp } from './test-app.ts';

export type MatchingProgram = Awaited<ReturnType<typeof matchingProgram>>;

interface SideSpec {
  name: string;
  timeZone?: string;
  /** Weekly slots in the person's own zone, e.g. `[{ day: 'tue', start: '15:00', end: '18:00' }]`. */
  availability?: { day: string; start: string; end: string }[];
  /** Mentors only: how many mentees they can take (default 1). */
  capacity?: number;
  /** "YYYY-MM-DD"; the defaults make both adults eight years apart (matching-world.ts). */
  birthDate?: string;
  /** For a minor (a birthDate under the program's consent age): their guardian, who consents. */
  guardian?: GuardianSpec;
}

export interface ActiveMatch {
  matchId: string;
  mentor: ReadyPerson;
  mentee: ReadyPerson;
}

/**
 * An active match through the front door: both ready, the mentee asks the mentor (accepting
 * the agreement as they ask), the mentor accepts. Call it several times on one program for
 * several pairs; names must differ (they make the email addresses).
 */
export async function activeMatch(
  w: MatchingProgram,
  spec: { mentor: SideSpec; mentee: SideSpec } = { mentor: { name: 'Ana Mentor' }, mentee: { name: 'Cal Mentee' } },
): Promise<ActiveMatch> {
  const person = (side: SideSpec) => ({
    application: {
      ...(side.timeZone ? { timeZone: side.timeZone } : {}),
      ...(side.availability ? { availability: side.availability } : {}),
      ...(side.capacity ? { capacity: side.capacity } : {}),
      ...(side.birthDate ? { birthDate: side.birthDate } : {}),
    },
    ...(side.guardian ? { guardian: side.guardian } : {}),
  });
  const mentor = await w.readyPerson('mentor', spec.mentor.name, person(spec.mentor));
  const mentee = await w.readyPerson('mentee', spec.mentee.name, person(spec.mentee));
  const agreement = await mentee.client.get(`/api/programs/${w.program.id}/agreement?language=en`);
  const asked = await mentee.client.post(`/api/participants/${mentee.participantId}/mentor-requests`, {
    mentorParticipantId: mentor.participantId,
    agreementVersionId: agreement.body.id,
  });
  if (asked.status !== 201) throw new Error(`mentor request: ${asked.status} ${asked.text}`);
  const matchId = asked.body.id as string;
  const accepted = await mentor.client.post(`/api/matches/${matchId}/acceptance`, {
    agreementVersionId: await agreementVersionId(mentor.client, matchId),
  });
  if (accepted.status !== 200 || accepted.body.status !== 'active') {
    throw new Error(`acceptance: ${accepted.status} ${accepted.text}`);
  }
  return { matchId, mentor, mentee };
}

/** A program and one active match in it (Ana mentors Cal, both in London). */
export async function programWithActiveMatch(t: TestApp) {
  const w = await matchingProgram(t);
  return { w, ...(await activeMatch(w)) };
}
