import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { instanceAdmins, type Role, roleAssignments } from '../organizations/tables.ts';

export interface RoleAssignment {
  id: string;
  organizationId: string;
  programId: string | null;
  role: Role;
}

/** The signed-in person and everything they may act as. Loaded once per request. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  locale: string;
  isInstanceAdmin: boolean;
  assignments: RoleAssignment[];
}

const STAFF_ROLES: ReadonlySet<Role> = new Set(['admin', 'coordinator', 'safeguarding_lead']);

/** Admins, coordinators and safeguarding leads (and instance admins) must use TOTP. */
export function requiresTwoFactor(actor: Actor): boolean {
  return actor.isInstanceAdmin || actor.assignments.some((a) => STAFF_ROLES.has(a.role));
}

export async function loadActor(db: Db, user: Omit<Actor, 'isInstanceAdmin' | 'assignments'>): Promise<Actor> {
  const [assignments, admin] = await Promise.all([
    db
      .select({
        id: roleAssignments.id,
        organizationId: roleAssignments.organizationId,
        programId: roleAssignments.programId,
        role: roleAssignments.role,
      })
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, user.userId)),
    db.select().from(instanceAdmins).where(eq(instanceAdmins.userId, user.userId)),
  ]);
  return { ...user, isInstanceAdmin: admin.length > 0, assignments };
}

/** The actor behind a request's session cookie, or null. */
export async function getActorFromHeaders(ctx: Ctx, headers: Headers): Promise<Actor | null> {
  const found = await ctx.auth.api.getSession({ headers });
  if (!found) return null;
  const u = found.user as typeof found.user & { twoFactorEnabled?: boolean | null; locale?: string };
  return loadActor(ctx.database.db, {
    userId: u.id,
    name: u.name,
    email: u.email,
    emailVerified: u.emailVerified,
    twoFactorEnabled: Boolean(u.twoFactorEnabled),
    locale: u.locale ?? 'en',
  });
}
