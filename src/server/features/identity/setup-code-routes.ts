import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { consumeRateLimit } from '../../http/rate-limit.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { createUsernameAccount } from './create-username-account.ts';
import { issueSetupCode } from './issue-setup-code.ts';
import { listUsernameAccounts, type UsernameAccountSummary } from './list-username-accounts.ts';
import { redeemSetupCode } from './redeem-setup-code.ts';
import { signInUsernameAfter } from './sign-in-after.ts';

const tags = ['accounts'];
const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, 'must be 3–32 characters: a–z, 0–9, dot, dash or underscore');
const setupCodeOut = z.object({ code: z.string(), expiresAt: z.string() });
const usernameAccountOut = z.object({
  userId: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(['mentor', 'mentee']),
  locale: z.enum(['en', 'es']),
  programId: z.string(),
  // Shown once, for the handover card; only its hash is stored.
  setupCode: setupCodeOut,
});

const usernameAccountRowOut = z.object({
  userId: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(['mentor', 'mentee']),
  hasPassword: z.boolean(),
  // Never the code itself: only its hash is stored.
  latestSetupCode: z.object({ expiresAt: z.string(), isUsed: z.boolean(), isExpired: z.boolean() }).nullable(),
});

/** A used code is not also "expired": the list reads "used" for it. */
const presentUsernameAccountRow = (
  { latestSetupCode: code, ...a }: UsernameAccountSummary,
  now: Date,
): z.infer<typeof usernameAccountRowOut> => ({
  ...a,
  latestSetupCode: code && {
    expiresAt: code.expiresAt.toISOString(),
    isUsed: code.usedAt !== null,
    isExpired: code.usedAt === null && code.expiresAt <= now,
  },
});

/** Username accounts for young people without email, their one-time setup codes, and redeeming one. */
export function registerSetupCodeRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.post(
    '/api/programs/:programId/username-accounts',
    {
      schema: {
        tags,
        summary: 'Create an account without email (username and one-time setup code) for a mentor or mentee',
        params: z.object({ programId: id }),
        body: z.object({
          username,
          name: z.string().trim().min(1).max(120),
          role: z.enum(['mentor', 'mentee']),
          locale: z.enum(['en', 'es']).default('en'),
        }),
        response: { 201: usernameAccountOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const created = await db.transaction((tx) =>
        createUsernameAccount(tx, ctx, actor, { programId: request.params.programId, ...request.body }),
      );
      const { code, expiresAt, ...account } = created;
      return reply.status(201).send({ ...account, setupCode: { code, expiresAt: expiresAt.toISOString() } });
    },
  );

  app.get(
    '/api/programs/:programId/username-accounts',
    {
      schema: {
        tags,
        summary: "The program's username accounts: whether each has a password, and its latest setup code's state",
        params: z.object({ programId: id }),
        response: { 200: z.array(usernameAccountRowOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const accounts = await listUsernameAccounts(db, actor, request.params.programId);
      const now = ctx.clock.now();
      return accounts.map((a) => presentUsernameAccountRow(a, now));
    },
  );

  app.post(
    '/api/programs/:programId/username-accounts/:userId/setup-codes',
    {
      schema: {
        tags,
        summary: "A new setup code for a username account (voids the account's older unused codes)",
        params: z.object({ programId: id, userId: id }),
        response: { 201: setupCodeOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const issued = await db.transaction((tx) => issueSetupCode(tx, ctx, actor, request.params));
      return reply.status(201).send({ code: issued.code, expiresAt: issued.expiresAt.toISOString() });
    },
  );

  app.post(
    '/api/setup-codes/redeem',
    {
      schema: {
        tags,
        summary: 'Set your password with your username and one-time setup code; signs you in',
        body: z.object({
          username: z.string().trim().min(1).max(64),
          code: z.string().trim().min(1).max(40),
          password: z.string().min(10, 'must be at least 10 characters').max(128),
        }),
        response: { 200: z.object({ userId: z.string(), username: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      // Per client address: codes are short enough to guess only if guessing is unlimited.
      await consumeRateLimit(ctx, `setup-code:${request.ip}`, 10, 60);
      const redeemed = await db.transaction((tx) => redeemSetupCode(tx, ctx, request.body));
      await signInUsernameAfter(ctx, request, reply, redeemed.username, request.body.password);
      return redeemed;
    },
  );
}
