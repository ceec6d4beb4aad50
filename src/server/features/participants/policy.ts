import type { Actor } from '../identity/actor.ts';

/** Program staff for participants: the program's coordinators and the organization's admins. */
export function isProgramStaff(actor: Actor, program: { id: string; organizationId: string }): boolean {
  return actor.assignments.some(
    (a) =>
      a.organizationId === program.organizationId &&
      (a.role === 'admin' || (a.role === 'coordinator' && a.programId === program.id)),
  );
}
