import { eq } from 'drizzle-orm';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { auditSeparately } from '../features/audit/append-audit-event.ts';
import { organizations } from '../features/organizations/tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A denial is recorded in the chain of the organization it targeted, so its admins see the
 * attempt; an id that names no organization goes to the instance chain instead of starting one.
 */
async function deniedOrganization(ctx: Ctx, params: unknown): Promise<string | null> {
  const orgId = (params as Record<string, string> | undefined)?.orgId;
  if (!orgId || !UUID.test(orgId)) return null;
  const [found] = await ctx.database.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return found ? found.id : null;
}

/** One handler turns every failure into `{ error: { code, message, details } }`; no stack traces. */
export function registerErrorHandler(app: FastifyInstance, ctx: Ctx): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        field: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'is not valid',
      }));
      const first = issues[0];
      return reply.status(400).send({
        error: {
          code: 'VALIDATION_FAILED',
          message: first ? `${first.field}: ${first.message}` : 'The request is not valid.',
          details: { issues },
        },
      });
    }
    if (error instanceof AppError) {
      if (error.code === 'FORBIDDEN') {
        await auditSeparately(ctx, {
          organizationId: await deniedOrganization(ctx, request.params),
          actor: request.actor ? { userId: request.actor.userId } : 'anonymous',
          action: 'permission.denied',
          outcome: 'denied',
          details: { method: request.method, route: request.routeOptions.url ?? request.url },
        }).catch((auditError) => request.log.error({ err: auditError }, 'could not audit a denial'));
      }
      return reply
        .status(error.status)
        .send({ error: { code: error.code, message: error.message, details: error.details ?? {} } });
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      const code = status === 429 ? 'RATE_LIMITED' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
      return reply.status(status).send({ error: { code, message: error.message, details: {} } });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({
      error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.', details: {} },
    });
  });
}
