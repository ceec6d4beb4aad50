import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { type AuditActor, appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { sendMail } from '../mail/send-mail.ts';
import { assertCanInvite } from './policy.ts';
import { invitations, organizations, programs, type Role } from './tables.ts';

export const INVITATION_DAYS = 7;
const PROGRAM_ROLES: ReadonlySet<Role> = new Set(['coordinator', 'mentor', 'mentee']);

export interface InvitationInput {
  email: string;
  role: Role;
  programId: string | null;
  locale?: 'en' | 'es';
}

/** A single-use link, valid 7 days, emailed to the person. Only the token's hash is stored. */
export async function createInvitation(
  tx: Tx,
  ctx: Ctx,
  actor: Actor | 'operator',
  organizationId: string,
  input: InvitationInput,
) {
  const programId = input.programId ?? null;
  if (actor !== 'operator') assertCanInvite(actor, organizationId, { role: input.role, programId });
  if (PROGRAM_ROLES.has(input.role) !== (programId !== null)) {
    throw new AppError(
      'VALIDATION_FAILED',
      PROGRAM_ROLES.has(input.role)
        ? 'Coordinators, mentors and mentees are invited into a program: choose one.'
        : 'Admins and safeguarding leads belong to the organization, not to a program.',
      { field: 'programId' },
    );
  }
  const [organization] = await tx.select().from(organizations).where(eq(organizations.id, organizationId));
  if (!organization) throw new AppError('ORGANIZATION_NOT_FOUND', 'There is no such organization.');
  let where = organization.name;
  let programName: string | null = null;
  if (programId) {
    const [program] = await tx
      .select()
      .from(programs)
      .where(and(eq(programs.id, programId), eq(programs.organizationId, organizationId)));
    if (!program) throw new AppError('PROGRAM_NOT_FOUND', 'There is no such program in this organization.');
    where = `${program.name} (${organization.name})`;
    programName = program.name;
  }
  const email = input.email.trim().toLowerCase();
  const now = ctx.clock.now();
  // A fresh invitation for the same place and role replaces an open one, so only the newest link works.
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.email, email),
        eq(invitations.role, input.role),
        programId ? eq(invitations.programId, programId) : isNull(invitations.programId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    );
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 3600 * 1000);
  const [invitation] = await tx
    .insert(invitations)
    .values({
      id: newId(),
      organizationId,
      programId,
      email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: actor === 'operator' ? null : actor.userId,
      expiresAt,
    })
    .returning();
  if (!invitation) throw new Error('insert returned nothing');
  const locale = input.locale ?? 'en';
  const url = `${ctx.config.baseUrl}/invitations/${token}`;
  await sendMail(tx, ctx, {
    organizationId,
    to: email,
    locale,
    template: 'invitation',
    vars: {
      inviter: actor === 'operator' ? organization.name : actor.name,
      where,
      role: roleLabel(locale, input.role),
      expires: expiresAt.toISOString().slice(0, 10),
      url,
    },
  });
  const auditActor: AuditActor = actor === 'operator' ? actor : { userId: actor.userId };
  await appendAuditEvent(tx, ctx, {
    organizationId,
    actor: auditActor,
    action: 'invitation.created',
    target: { type: 'invitation', id: invitation.id },
    details: { role: input.role, programId },
  });
  return { invitation, url, programName };
}

function roleLabel(locale: string, role: Role): string {
  return translate(locale, `roles.${role}`);
}
