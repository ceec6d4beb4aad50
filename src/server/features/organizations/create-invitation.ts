import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { insertMany } from '../../db/insert-many.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { type AuditActor, appendAuditEvents } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { sendMails } from '../mail/send-mail.ts';
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
  const [made] = await createInvitations(tx, ctx, actor, organizationId, [input]);
  if (!made) throw new Error('createInvitations returned nothing');
  return made;
}

/**
 * Many invitations into one organization at once (an import): one read of the places, one
 * statement per kind of write, one audit event per invitation. A fresh invitation for the same
 * place and role replaces an open one, so only the newest link works. With `auditedByCaller` the
 * caller records each invitation (by its id) in its own event, so the chain says it once.
 */
export async function createInvitations(
  tx: Tx,
  ctx: Ctx,
  actor: Actor | 'operator',
  organizationId: string,
  inputs: InvitationInput[],
  options: { auditedByCaller?: boolean } = {},
) {
  if (inputs.length === 0) return [];
  for (const input of inputs) assertValidPlace(actor, organizationId, input);
  const [organization] = await tx.select().from(organizations).where(eq(organizations.id, organizationId));
  if (!organization) throw new AppError('ORGANIZATION_NOT_FOUND', 'There is no such organization.');
  const programIds = [...new Set(inputs.flatMap((i) => (i.programId ? [i.programId] : [])))];
  const found =
    programIds.length === 0
      ? []
      : await tx
          .select({ id: programs.id, name: programs.name })
          .from(programs)
          .where(and(inArray(programs.id, programIds), eq(programs.organizationId, organizationId)));
  const programName = new Map(found.map((p) => [p.id, p.name]));
  if (programIds.some((id) => !programName.has(id))) {
    throw new AppError('PROGRAM_NOT_FOUND', 'There is no such program in this organization.');
  }
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 3600 * 1000);
  const made = inputs.map((input) => {
    const token = newToken();
    const programId = input.programId ?? null;
    // Every column, so the row is the invitation as stored without reading it back.
    const row: typeof invitations.$inferSelect = {
      id: newId(),
      organizationId,
      programId,
      email: input.email.trim().toLowerCase(),
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: actor === 'operator' ? null : actor.userId,
      expiresAt,
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
      createdAt: now,
    };
    return {
      token,
      locale: input.locale ?? 'en',
      programName: programId ? (programName.get(programId) ?? null) : null,
      row,
    };
  });
  for (const group of groupBy(
    made.map((m) => m.row),
    (r) => `${r.role}|${r.programId ?? ''}`,
  )) {
    const [first] = group;
    if (!first) continue;
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.organizationId, organizationId),
          inArray(
            invitations.email,
            group.map((r) => r.email),
          ),
          eq(invitations.role, first.role),
          first.programId ? eq(invitations.programId, first.programId) : isNull(invitations.programId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      );
  }
  await insertMany(
    tx,
    invitations,
    made.map((m) => m.row),
  );
  await sendMails(
    tx,
    ctx,
    made.map((m) => ({
      organizationId,
      to: m.row.email,
      locale: m.locale,
      template: 'invitation' as const,
      vars: {
        inviter: actor === 'operator' ? organization.name : actor.name,
        where: m.programName ? `${m.programName} (${organization.name})` : organization.name,
        role: roleLabel(m.locale, m.row.role),
        expires: expiresAt.toISOString().slice(0, 10),
        url: `${ctx.config.baseUrl}/invitations/${m.token}`,
      },
    })),
  );
  const auditActor: AuditActor = actor === 'operator' ? actor : { userId: actor.userId };
  await appendAuditEvents(
    tx,
    ctx,
    (options.auditedByCaller ? [] : made).map((m) => ({
      organizationId,
      actor: auditActor,
      action: 'invitation.created',
      target: { type: 'invitation', id: m.row.id },
      details: { role: m.row.role, programId: m.row.programId },
    })),
  );
  return made.map((m) => ({
    invitation: m.row,
    url: `${ctx.config.baseUrl}/invitations/${m.token}`,
    programName: m.programName,
  }));
}

/** Program roles are invited into a program; admins and safeguarding leads into the organization. */
function assertValidPlace(actor: Actor | 'operator', organizationId: string, input: InvitationInput) {
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
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

function roleLabel(locale: string, role: Role): string {
  return translate(locale, `roles.${role}`);
}
