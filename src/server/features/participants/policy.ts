import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import type { ParticipantRole } from './tables.ts';

/** Program staff for participants: the program's coordinators and the organization's admins. */
export function isProgramStaff(actor: Actor, program: { id: string; organizationId: string }): boolean {
  return actor.assignments.some(
    (a) =>
      a.organizationId === program.organizationId &&
      (a.role === 'admin' || (a.role === 'coordinator' && a.programId === program.id)),
  );
}

export function assertProgramStaff(actor: Actor, program: { id: string; organizationId: string }): void {
  if (!isProgramStaff(actor, program)) {
    throw new AppError('FORBIDDEN', "Only this program's coordinators and the organization's admins can do this.");
  }
}

/** Applying needs the program role from an invitation: a mentee cannot apply as a mentor. */
export function assertHoldsProgramRole(actor: Actor, programId: string, role: ParticipantRole): void {
  if (!actor.assignments.some((a) => a.programId === programId && a.role === role)) {
    throw new AppError('FORBIDDEN', `You are not invited to this program as a ${role}.`);
  }
}
