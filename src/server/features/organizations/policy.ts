import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import type { Role } from './tables.ts';

// Who may do what (ARCHITECTURE.md "Roles and who sees what"). Every use-case asks here first;
// a denial throws FORBIDDEN, which the HTTP layer audits in its own transaction.

function deny(message = 'You do not have permission to do this.'): never {
  throw new AppError('FORBIDDEN', message);
}

export function hasOrgRole(actor: Actor, organizationId: string, role: Role): boolean {
  return actor.assignments.some((a) => a.organizationId === organizationId && a.role === role);
}

export function isMemberOf(actor: Actor, organizationId: string): boolean {
  return actor.assignments.some((a) => a.organizationId === organizationId);
}

export function assertInstanceAdmin(actor: Actor): void {
  if (!actor.isInstanceAdmin) deny('Only instance administrators can do this.');
}

export function assertOrgAdmin(actor: Actor, organizationId: string): void {
  if (!hasOrgRole(actor, organizationId, 'admin')) deny('Only administrators of this organization can do this.');
}

export function assertOrgMember(actor: Actor, organizationId: string): void {
  if (!isMemberOf(actor, organizationId)) deny('You are not a member of this organization.');
}

/** Program pages: the organization's admins and safeguarding leads, and the program's own members. */
export function assertCanViewProgram(actor: Actor, program: { id: string; organizationId: string }): void {
  const allowed = actor.assignments.some(
    (a) =>
      a.organizationId === program.organizationId &&
      (a.role === 'admin' || a.role === 'safeguarding_lead' || a.programId === program.id),
  );
  if (!allowed) deny('You are not part of this program.');
}

/** Admins invite anyone; instance admins invite admins; a coordinator invites mentors and mentees into their own program. */
export function assertCanInvite(
  actor: Actor,
  organizationId: string,
  invite: { role: Role; programId: string | null },
): void {
  if (hasOrgRole(actor, organizationId, 'admin')) return;
  // Instance admins create organizations and appoint their first admins, nothing inside them.
  if (actor.isInstanceAdmin && invite.role === 'admin') return;
  const isCoordinator = actor.assignments.some(
    (a) => a.role === 'coordinator' && a.programId !== null && a.programId === invite.programId,
  );
  if (isCoordinator && (invite.role === 'mentor' || invite.role === 'mentee')) return;
  deny('Only administrators, or coordinators for mentors and mentees of their program, can invite.');
}
