import type { Ctx } from '../../server/context.ts';
import type { Tx } from '../../server/db/database.ts';
import { appendAuditEvent } from '../../server/features/audit/append-audit-event.ts';
import { createTotpEnrolment, type TotpEnrolment } from '../../server/features/identity/create-totp-enrolment.ts';
import { createUsersWithPasswordHash } from '../../server/features/identity/create-users-with-password-hash.ts';
import { createOrganization } from '../../server/features/organizations/create-organization.ts';
import { createProgram } from '../../server/features/organizations/create-program.ts';
import { grantRole } from '../../server/features/organizations/grant-role.ts';
import { instanceAdmins, type Role } from '../../server/features/organizations/tables.ts';
import type { DemoOrganization } from './organizations.ts';
import type { DemoCast, DemoPerson } from './people.ts';

export interface DemoStaffLogin extends DemoPerson {
  role: Extract<Role, 'admin' | 'safeguarding_lead' | 'coordinator'>;
  organization: string;
  program: string | null;
  totp: TotpEnrolment;
}

/**
 * The first batch for one organization: it, its program, and its staff with TOTP already on
 * (staff must use two-factor; enrolling here lets the demo sign in at once). The first demo
 * admin becomes instance admin only if the instance has none (see the demo operation). The
 * program's dates follow `today`, the real date, even while the clock tells of weeks ago.
 */
export async function loadOrganizationWithStaff(
  tx: Tx,
  ctx: Ctx,
  org: DemoOrganization,
  cast: DemoCast,
  passwordHash: string,
  options: { mayBecomeInstanceAdmin: boolean; today: Date },
) {
  const organization = await createOrganization(tx, ctx, 'operator', {
    name: org.name,
    kind: org.kind,
    timeZone: org.timeZone,
  });
  const { dates, mentors, mentees, experiences, guardianConsentAge, ...programInput } = org.program;
  const program = await createProgram(tx, ctx, 'operator', organization.id, {
    ...programInput,
    ...dates(options.today),
  });
  const people = [
    { ...cast.admin, role: 'admin' as const, programId: null },
    { ...cast.safeguardingLead, role: 'safeguarding_lead' as const, programId: null },
    { ...cast.coordinator, role: 'coordinator' as const, programId: program.id },
  ];
  const ids = await createUsersWithPasswordHash(
    tx,
    people.map((p) => ({ name: p.name, email: p.email, emailVerified: true })),
    passwordHash,
  );
  const staff: DemoStaffLogin[] = [];
  for (const [index, person] of people.entries()) {
    const userId = ids[index] as string;
    await grantRole(tx, ctx, 'operator', {
      organizationId: organization.id,
      programId: person.programId,
      userId,
      role: person.role,
    });
    const totp = await createTotpEnrolment(tx, ctx, { userId, email: person.email });
    staff.push({
      name: person.name,
      email: person.email,
      role: person.role,
      organization: organization.name,
      program: person.programId ? program.slug : null,
      totp,
    });
  }
  const isInstanceAdmin = options.mayBecomeInstanceAdmin && (await makeFirstInstanceAdmin(tx, ctx, ids[0] as string));
  const coordinatorUserId = ids[2] as string;
  return { organizationId: organization.id, programId: program.id, coordinatorUserId, staff, isInstanceAdmin };
}

/** On an instance nobody administers yet (a fresh one: the demo replaces the setup page). */
async function makeFirstInstanceAdmin(tx: Tx, ctx: Ctx, userId: string): Promise<boolean> {
  const [existing] = await tx.select({ userId: instanceAdmins.userId }).from(instanceAdmins).limit(1);
  if (existing) return false;
  await tx.insert(instanceAdmins).values({ userId });
  await appendAuditEvent(tx, ctx, {
    organizationId: null,
    actor: 'operator',
    action: 'instance.admin_granted',
    target: { type: 'user', id: userId, isPerson: true },
  });
  return true;
}

/** One batch of mentors or mentees: their accounts, all with the demo's one password, and roles. */
export async function loadParticipants(
  tx: Tx,
  ctx: Ctx,
  where: { organizationId: string; programId: string },
  people: (DemoPerson & { role: 'mentor' | 'mentee' })[],
  passwordHash: string,
): Promise<string[]> {
  const ids = await createUsersWithPasswordHash(
    tx,
    people.map((p) => ({ name: p.name, email: p.email, emailVerified: true })),
    passwordHash,
  );
  for (const [index, person] of people.entries()) {
    await grantRole(tx, ctx, 'operator', {
      organizationId: where.organizationId,
      programId: where.programId,
      userId: ids[index] as string,
      role: person.role,
    });
  }
  return ids;
}
