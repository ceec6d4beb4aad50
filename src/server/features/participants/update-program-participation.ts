import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { getProgramParticipation, type ProgramParticipation } from './get-program-participation.ts';
import { assertProgramStaff } from './policy.ts';
import { programParticipation } from './tables.ts';

export type ParticipationChanges = Partial<Omit<ProgramParticipation, 'programId'>>;

/** Opens or closes the application forms and sets the guardian consent age (program staff). */
export async function updateProgramParticipation(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  programId: string,
  changes: ParticipationChanges,
): Promise<ProgramParticipation> {
  const program = await getProgramById(tx, actor, programId);
  assertProgramStaff(actor, program);
  const next = { ...(await getProgramParticipation(tx, programId)), ...changes };
  await tx
    .insert(programParticipation)
    .values(next)
    .onConflictDoUpdate({ target: programParticipation.programId, set: next });
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'program.participation_updated',
    target: { type: 'program', id: programId },
    details: {
      mentorApplicationsOpen: next.mentorApplicationsOpen,
      menteeApplicationsOpen: next.menteeApplicationsOpen,
      guardianConsentAge: next.guardianConsentAge,
    },
  });
  return next;
}
