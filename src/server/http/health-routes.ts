import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../context.ts';

/** Liveness (the process answers) and readiness (the database answers and we are not stopping). */
export function registerHealthRoutes(app: FastifyInstance, ctx: Ctx): void {
  let isClosing = false;
  app.addHook('onClose', async () => {
    isClosing = true;
  });
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    if (isClosing) return reply.status(503).send({ status: 'stopping' });
    try {
      await ctx.database.query('select 1');
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'database unavailable' });
    }
  });
}
