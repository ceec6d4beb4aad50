import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import {
  listParticipantsForMatching,
  type ParticipantWithName,
} from '../participants/list-participants-for-matching.ts';
import { organizationToday } from '../screening/organization-today.ts';
import { validScreeningOf } from '../screening/valid-screening-of.ts';
import { type ProgramMatchState, readProgramMatchState } from './open-matches.ts';

export type Mentor = ParticipantWithName & { remainingCapacity: number };

/**
 * Who can be matched now (issue 4): mentees `ready` without an open match (only `menteeIds`, when
 * given: a re-match); mentors `ready` or `active`, screened and not expired, with capacity left
 * after their proposed and active matches.
 */
export async function findEligiblePeople(
  db: Db | Tx,
  ctx: Ctx,
  program: { id: string; organizationId: string },
  menteeIds: string[] | null,
): Promise<{ mentees: ParticipantWithName[]; mentors: Mentor[]; state: ProgramMatchState }> {
  const state = await readProgramMatchState(db, program.id);
  const readyMentees = (
    await listParticipantsForMatching(db, program.id, { role: 'mentee', statuses: ['ready'] })
  ).filter((mentee) => !state.menteesWithOpenMatch.has(mentee.id));
  const mentees = menteeIds ? chosenMentees(readyMentees, menteeIds) : readyMentees;
  const mentors = await availableMentors(db, ctx, program, state.openPerMentor);
  return { mentees, mentors, state };
}

function chosenMentees(ready: ParticipantWithName[], ids: string[]): ParticipantWithName[] {
  const byId = new Map(ready.map((m) => [m.id, m]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new AppError('NOT_ELIGIBLE', 'Only mentees who are ready and have no open match can be matched.', {
      participants: missing,
    });
  }
  return [...new Set(ids)].map((id) => byId.get(id)!);
}

async function availableMentors(
  db: Db | Tx,
  ctx: Ctx,
  program: { id: string; organizationId: string },
  openPerMentor: Map<string, number>,
): Promise<Mentor[]> {
  const candidates = await listParticipantsForMatching(db, program.id, {
    role: 'mentor',
    statuses: ['ready', 'active'],
  });
  const today = await organizationToday(db, ctx, program.organizationId);
  const screened = await validScreeningOf(
    db,
    candidates.map((m) => m.id),
    today,
  );
  return candidates
    .map((m) => ({ ...m, remainingCapacity: (m.capacity ?? 0) - (openPerMentor.get(m.id) ?? 0) }))
    .filter((m) => m.remainingCapacity > 0 && screened.has(m.id));
}
