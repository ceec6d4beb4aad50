import { and, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { auditSeparately } from '../audit/append-audit-event.ts';
import { assertInstanceAdmin, assertOrgAdmin } from '../organizations/policy.ts';
import { mailOutbox, mailStatuses } from './tables.ts';

const mailOut = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(mailStatuses),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
type MailRow = typeof mailOutbox.$inferSelect;
const present = (m: MailRow) => ({
  id: m.id,
  to: m.toAddress,
  subject: m.subject,
  text: m.textBody,
  status: m.status,
  createdAt: m.createdAt.toISOString(),
  sentAt: m.sentAt?.toISOString() ?? null,
});

/**
 * The outbox: with no SMTP server, admins read the mail Trellis wrote here and pass links on.
 * Mail holds sign-in links, so every read is audited.
 */
export function registerMailRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/organizations/:orgId/outbox',
    {
      schema: {
        tags: ['mail'],
        summary: "Email written for this organization's people (newest first)",
        params: z.object({ orgId: id }),
        response: { 200: z.array(mailOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      assertOrgAdmin(actor, request.params.orgId);
      const rows = await db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.organizationId, request.params.orgId))
        .orderBy(desc(mailOutbox.createdAt))
        .limit(200);
      await auditSeparately(ctx, {
        organizationId: request.params.orgId,
        actor: { userId: actor.userId },
        action: 'outbox.read',
        details: { count: rows.length },
      });
      return rows.map(present);
    },
  );

  app.get(
    '/api/instance/outbox',
    {
      schema: {
        tags: ['mail'],
        summary: 'Email not tied to an organization (password resets, verification), for instance admins',
        response: { 200: z.array(mailOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      assertInstanceAdmin(actor);
      const rows = await db
        .select()
        .from(mailOutbox)
        .where(and(isNull(mailOutbox.organizationId)))
        .orderBy(desc(mailOutbox.createdAt))
        .limit(200);
      await auditSeparately(ctx, {
        organizationId: null,
        actor: { userId: actor.userId },
        action: 'outbox.read',
        details: { count: rows.length },
      });
      return rows.map(present);
    },
  );
}
