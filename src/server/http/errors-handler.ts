import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { auditSeparately } from '../features/audit/append-audit-event.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
        const orgId = (request.params as Record<string, string> | undefined)?.orgId;
        await auditSeparately(ctx, {
          organizationId: orgId && UUID.test(orgId) ? orgId : null,
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
