import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { assertOrgAdmin } from './policy.ts';
import { invitations } from './tables.ts';

export async function revokeInvitation(tx: Tx, ctx: Ctx, actor: Actor, organizationId: string, invitationId: string) {
  assertOrgAdmin(actor, organizationId);
  const [revoked] = await tx
    .update(invitations)
    .set({ revokedAt: ctx.clock.now() })
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.organizationId, organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  if (!revoked) throw new AppError('INVITATION_NOT_FOUND', 'There is no open invitation with that id here.');
  await appendAuditEvent(tx, ctx, {
    organizationId,
    actor: { userId: actor.userId },
    action: 'invitation.revoked',
    target: { type: 'invitation', id: invitationId },
  });
}
