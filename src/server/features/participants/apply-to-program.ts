import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { type GuardianInput, holdForGuardianIfMinor } from '../guardians/hold-for-guardian.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { createParticipant, type ParticipantProfileInput } from './create-participant.ts';
import { getProgramParticipation } from './get-program-participation.ts';
import { assertHoldsProgramRole } from './policy.ts';

/** A person invited as mentor or mentee fills in that role's form while the coordinator keeps it open. */
export async function applyToProgram(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  programId: string,
  input: ParticipantProfileInput & GuardianInput,
) {
  const program = await getProgramById(tx, actor, programId);
  assertHoldsProgramRole(actor, program.id, input.role);
  const settings = await getProgramParticipation(tx, program.id);
  const isOpen = input.role === 'mentor' ? settings.mentorApplicationsOpen : settings.menteeApplicationsOpen;
  if (!isOpen) {
    throw new AppError('APPLICATIONS_CLOSED', `Applications for ${input.role}s are closed in this program.`, {
      role: input.role,
    });
  }
  const created = await createParticipant(tx, ctx, actor.userId, {
    ...input,
    organizationId: program.organizationId,
    programId: program.id,
    userId: actor.userId,
  });
  // Below the program's guardian consent age the participant waits for a guardian (minor rule).
  const participant = await holdForGuardianIfMinor(tx, ctx, actor.userId, created, {
    guardianEmails: input.guardianEmails,
    language: input.language ?? (actor.locale === 'es' ? 'es' : 'en'),
  });
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'participant.applied',
    target: { type: 'participant', id: participant.id, isPerson: true },
    details: { role: participant.role, programId: program.id },
  });
  return participant;
}
