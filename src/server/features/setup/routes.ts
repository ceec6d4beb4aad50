import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { consumeRateLimit } from '../../http/rate-limit.ts';
import { errorResponses } from '../../http/schemas.ts';
import { signInAfter } from '../identity/sign-in-after.ts';
import { organizationKinds } from '../organizations/organization-kinds.ts';
import { completeSetup } from './complete-setup.ts';
import { needsSetup } from './issue-setup-token.ts';

const tags = ['setup'];

export function registerSetupRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/setup',
    {
      schema: {
        tags,
        summary: 'Whether this instance still needs its first run',
        response: { 200: z.object({ needsSetup: z.boolean() }) },
      },
    },
    async () => ({ needsSetup: await needsSetup(ctx.database.db) }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        tags,
        summary: 'First run: create the first organization and its admin with the printed token',
        body: z.object({
          token: z.string().min(10).max(200),
          organization: z.object({
            name: z.string().trim().min(2).max(120),
            kind: z.enum(organizationKinds),
            timeZone: z.string().min(1).max(64),
          }),
          admin: z.object({
            name: z.string().trim().min(1).max(120),
            email: z.email({ message: 'must be an email address' }).max(254),
            password: z.string().min(10, 'must be at least 10 characters').max(128),
            locale: z.enum(['en', 'es']).default('en'),
          }),
        }),
        response: { 201: z.object({ organizationId: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      await consumeRateLimit(ctx, `setup:${request.ip}`, 10, 60);
      const { organization } = await ctx.database.db.transaction((tx) => completeSetup(tx, ctx, request.body));
      await signInAfter(ctx, request, reply, request.body.admin.email.toLowerCase(), request.body.admin.password);
      return reply.status(201).send({ organizationId: organization.id });
    },
  );
}
