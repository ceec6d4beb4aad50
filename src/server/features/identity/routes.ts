import { eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses } from '../../http/schemas.ts';
import { organizations, programs, roles } from '../organizations/tables.ts';
import { requiresTwoFactor } from './actor.ts';
import { presentableEmail } from './placeholder-email.ts';
import { user } from './tables.ts';

const meOut = z.object({
  id: z.string(),
  name: z.string(),
  /** Null for username-only accounts (their placeholder address is never shown). */
  email: z.string().nullable(),
  emailVerified: z.boolean(),
  locale: z.enum(['en', 'es']),
  isInstanceAdmin: z.boolean(),
  twoFactorEnabled: z.boolean(),
  twoFactorRequired: z.boolean(),
  roles: z.array(
    z.object({
      assignmentId: z.string(),
      role: z.enum(roles),
      organizationId: z.string(),
      organizationName: z.string(),
      programId: z.string().nullable(),
      programName: z.string().nullable(),
    }),
  ),
});

export function registerIdentityRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  const presentMe = async (request: Parameters<typeof requireActor>[1]) => {
    const actor = await requireActor(ctx, request, { allowWithoutTwoFactor: true });
    const orgIds = [...new Set(actor.assignments.map((a) => a.organizationId))];
    const programIds = actor.assignments.flatMap((a) => (a.programId ? [a.programId] : []));
    const [orgs, progs] = await Promise.all([
      orgIds.length ? db.select().from(organizations).where(inArray(organizations.id, orgIds)) : [],
      programIds.length ? db.select().from(programs).where(inArray(programs.id, programIds)) : [],
    ]);
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const programName = new Map(progs.map((p) => [p.id, p.name]));
    return {
      id: actor.userId,
      name: actor.name,
      email: presentableEmail(actor.email),
      emailVerified: actor.emailVerified,
      locale: actor.locale === 'es' ? ('es' as const) : ('en' as const),
      isInstanceAdmin: actor.isInstanceAdmin,
      twoFactorEnabled: actor.twoFactorEnabled,
      twoFactorRequired: requiresTwoFactor(actor),
      roles: actor.assignments.map((a) => ({
        assignmentId: a.id,
        role: a.role,
        organizationId: a.organizationId,
        organizationName: orgName.get(a.organizationId) ?? '',
        programId: a.programId,
        programName: a.programId ? (programName.get(a.programId) ?? null) : null,
      })),
    };
  };

  app.get(
    '/api/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'Who I am and what I can act as',
        response: { 200: meOut, ...errorResponses },
      },
    },
    async (request) => presentMe(request),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'Change my name or language',
        body: z.object({ name: z.string().trim().min(1).max(120).optional(), locale: z.enum(['en', 'es']).optional() }),
        response: { 200: meOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request, { allowWithoutTwoFactor: true });
      if (Object.keys(request.body).length > 0) {
        await db
          .update(user)
          .set({ ...request.body, updatedAt: ctx.clock.now() })
          .where(eq(user.id, actor.userId));
        request.actor = undefined;
      }
      return presentMe(request);
    },
  );
}
