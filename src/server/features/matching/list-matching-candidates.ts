import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { assertProgramStaff } from '../participants/policy.ts';
import { findEligiblePeople } from './find-eligible-people.ts';

/** Who a run would consider right now (staff), so a coordinator knows before running. */
export async function listMatchingCandidates(db: Db, ctx: Ctx, actor: Actor, programId: string) {
  const program = await getProgramById(db, actor, programId);
  assertProgramStaff(actor, program);
  const { mentees, mentors } = await findEligiblePeople(db, ctx, program, null);
  return {
    mentees: mentees.map((m) => ({ participantId: m.id, name: m.name })),
    mentors: mentors.map((m) => ({ participantId: m.id, name: m.name, remainingCapacity: m.remainingCapacity })),
  };
}
