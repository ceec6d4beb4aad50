import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { findActor, requireActor } from '../../http/actor-hook.ts';
import { consumeRateLimit } from '../../http/rate-limit.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { signInAfter } from '../identity/sign-in-after.ts';
import { getGuardianPage } from './get-guardian-page.ts';
import { giveGuardianConsent } from './give-guardian-consent.ts';
import { listMyChildren } from './list-my-children.ts';
import { childOut, guardianLinkOut, guardianPageOut, presentChild, presentGuardianPage } from './presenters.ts';
import { resendGuardianLink } from './resend-guardian-link.ts';
import { withdrawGuardianConsent } from './withdraw-guardian-consent.ts';

const tags = ['guardians'];
const tokenParams = z.object({ token: z.string().min(20).max(100) });
const language = z.enum(['en', 'es']);

/** The public guardian link (limited per address like invitations), guardians' own views, staff resends. */
export function registerGuardianRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/guardian-links/:token',
    {
      schema: {
        tags,
        summary: 'What a guardian reads before consenting, in English or Spanish',
        params: tokenParams,
        querystring: z.object({ language: language.default('en') }),
        response: { 200: guardianPageOut, ...errorResponses },
      },
    },
    async (request) => {
      await consumeRateLimit(ctx, `guardian-link:${request.ip}`, 30, 60);
      const page = await getGuardianPage(db, request.params.token, request.query.language, ctx.clock.now());
      return presentGuardianPage(page);
    },
  );

  app.post(
    '/api/guardian-links/:token/consent',
    {
      schema: {
        tags,
        summary: 'Consent as guardian: creates the guardian account, or links the signed-in one',
        params: tokenParams,
        body: z.object({
          language,
          name: z.string().trim().min(1).max(120).optional(),
          password: z.string().min(10, 'must be at least 10 characters').max(128).optional(),
        }),
        response: {
          201: z.object({ participantId: z.string(), isNewAccount: z.boolean(), signedIn: z.boolean() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      await consumeRateLimit(ctx, `guardian-link:${request.ip}`, 30, 60);
      const actor = await findActor(ctx, request);
      const { name, password } = request.body;
      const account = name && password ? { name, password } : undefined;
      const result = await db.transaction((tx) =>
        giveGuardianConsent(tx, ctx, actor, { token: request.params.token, language: request.body.language, account }),
      );
      if (result.isNewAccount && password) await signInAfter(ctx, request, reply, result.email, password);
      return reply
        .status(201)
        .send({ participantId: result.participantId, isNewAccount: result.isNewAccount, signedIn: true });
    },
  );

  app.get(
    '/api/me/children',
    {
      schema: {
        tags,
        summary: 'The children a signed-in guardian consented for, with the fact of a match and their schedule',
        response: { 200: z.array(childOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return (await listMyChildren(db, actor, ctx.clock.now())).map(presentChild);
    },
  );

  app.post(
    '/api/guardianships/:guardianshipId/withdraw',
    {
      schema: {
        tags,
        summary: "Withdraw a guardian's consent (that guardian); the participant is paused",
        params: z.object({ guardianshipId: id }),
        response: { 200: z.object({ participantId: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return db.transaction((tx) => withdrawGuardianConsent(tx, ctx, actor, request.params.guardianshipId));
    },
  );

  app.post(
    '/api/participants/:participantId/guardian-links',
    {
      schema: {
        tags,
        summary: 'Send a guardian a fresh consent link (program staff)',
        params: z.object({ participantId: id }),
        body: z.object({ email: z.email(), language: language.optional() }),
        response: { 201: guardianLinkOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const guardianship = await db.transaction((tx) =>
        resendGuardianLink(tx, ctx, actor, request.params.participantId, request.body),
      );
      return reply.status(201).send({
        id: guardianship.id,
        email: guardianship.email,
        language: guardianship.language,
        expiresAt: guardianship.expiresAt.toISOString(),
      });
    },
  );
}
