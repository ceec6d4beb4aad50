import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { type GuardianInput, holdForGuardianIfMinor } from '../guardians/hold-for-guardian.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { listMembers } from '../organizations/list-members.ts';
import { createParticipant, type ParticipantProfileInput } from './create-participant.ts';
import { assertProgramStaff } from './policy.ts';

/**
 * A coordinator creates the participant for someone already in the program (a paper form, a
 * young person without email), whether or not the online form is open.
 */
export async function enrolParticipant(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  programId: string,
  input: ParticipantProfileInput & GuardianInput & { userId: string },
) {
  const program = await getProgramById(tx, actor, programId);
  assertProgramStaff(actor, program);
  const members = await listMembers(tx, program.organizationId);
  const holdsRole = members.some(
    (m) => m.userId === input.userId && m.programId === program.id && m.role === input.role,
  );
  if (!holdsRole) {
    throw new AppError('ROLE_NOT_HELD', `That person is not a ${input.role} of this program. Invite them first.`, {
      role: input.role,
    });
  }
  const created = await createParticipant(tx, ctx, actor.userId, {
    ...input,
    organizationId: program.organizationId,
    programId: program.id,
  });
  // Below the program's guardian consent age the participant waits for a guardian (minor rule).
  const participant = await holdForGuardianIfMinor(tx, ctx, actor.userId, created, input);
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'participant.enrolled',
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { role: participant.role, programId: program.id },
  });
  return participant;
}
