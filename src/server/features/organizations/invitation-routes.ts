import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { consumeRateLimit } from '../../http/rate-limit.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { createInvitation } from './create-invitation.ts';
import { linkForInviter } from './link-for-inviter.ts';
import { listInvitations } from './list-invitations.ts';
import { assertOrgAdmin, assertOrgMember } from './policy.ts';
import { invitationOut, presentInvitation } from './presenters.ts';
import { revokeInvitation } from './revoke-invitation.ts';
import { roles } from './tables.ts';

const tags = ['invitations'];
const orgParams = z.object({ orgId: id });

/** Invitations as their senders see them: send, list, withdraw. */
export function registerInvitationRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/organizations/:orgId/invitations',
    { schema: { tags, params: orgParams, response: { 200: z.array(invitationOut), ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      assertOrgAdmin(actor, request.params.orgId);
      const now = ctx.clock.now();
      return (await listInvitations(db, request.params.orgId)).map((row) => presentInvitation(row, now));
    },
  );

  app.post(
    '/api/organizations/:orgId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by email with a role',
        params: orgParams,
        body: z.object({
          email: z.email({ message: 'must be an email address' }).max(254),
          role: z.enum(roles),
          programId: id.nullable().default(null),
          locale: z.enum(['en', 'es']).default('en'),
        }),
        response: { 201: invitationOut.extend({ url: z.string().nullable() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      if (!actor.isInstanceAdmin) assertOrgMember(actor, request.params.orgId);
      await consumeRateLimit(ctx, `invite:${actor.userId}`, 60, 3600);
      const { invitation, url, programName } = await db.transaction((tx) =>
        createInvitation(tx, ctx, actor, request.params.orgId, request.body),
      );
      const presented = presentInvitation({ invitation, programName }, ctx.clock.now());
      return reply.status(201).send({ ...presented, url: linkForInviter(ctx, url) });
    },
  );

  app.delete(
    '/api/organizations/:orgId/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Withdraw an open invitation (admins)',
        params: z.object({ orgId: id, invitationId: id }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      await db.transaction((tx) => revokeInvitation(tx, ctx, actor, request.params.orgId, request.params.invitationId));
      return reply.status(204).send(null);
    },
  );
}
