import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { findActor } from '../../http/actor-hook.ts';
import { consumeRateLimit } from '../../http/rate-limit.ts';
import { errorResponses } from '../../http/schemas.ts';
import { signInAfter } from '../identity/sign-in-after.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { getInvitationByToken } from './get-invitation-by-token.ts';
import { roles } from './tables.ts';

const tags = ['invitations'];
const tokenParams = z.object({ token: z.string().min(20).max(100) });

/** Public: whoever holds the link. Limited per client address so links cannot be guessed at speed. */
export function registerInvitationLinkRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/invitations/:token',
    {
      schema: {
        tags,
        summary: 'What an invitation link offers',
        params: tokenParams,
        response: {
          200: z.object({
            organizationName: z.string(),
            programName: z.string().nullable(),
            role: z.enum(roles),
            email: z.string(),
            hasAccount: z.boolean(),
            expiresAt: z.string(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      await consumeRateLimit(ctx, `invitation-link:${request.ip}`, 30, 60);
      const found = await getInvitationByToken(db, request.params.token, ctx.clock.now());
      return {
        organizationName: found.organization.name,
        programName: found.programName,
        role: found.invitation.role,
        email: found.invitation.email,
        hasAccount: found.hasAccount,
        expiresAt: found.invitation.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        tags,
        summary: 'Accept: create the account, or link the role to the signed-in account',
        params: tokenParams,
        body: z.object({
          account: z
            .object({
              name: z.string().trim().min(1).max(120),
              password: z.string().min(10, 'must be at least 10 characters').max(128),
              locale: z.enum(['en', 'es']).default('en'),
            })
            .optional(),
        }),
        response: {
          200: z.object({ organizationId: z.string(), isNewAccount: z.boolean(), signedIn: z.boolean() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      await consumeRateLimit(ctx, `invitation-link:${request.ip}`, 30, 60);
      const actor = await findActor(ctx, request);
      const result = await db.transaction((tx) =>
        acceptInvitation(tx, ctx, actor, { token: request.params.token, account: request.body.account }),
      );
      const password = request.body.account?.password;
      if (result.isNewAccount && password) await signInAfter(ctx, request, reply, result.email, password);
      return { organizationId: result.organizationId, isNewAccount: result.isNewAccount, signedIn: true };
    },
  );
}
