import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated mutations must come from our own pages: the browser's Origin (or
 * Sec-Fetch-Site) has to say so. better-auth applies the same origin check to its own routes.
 */
export function registerCsrfCheck(app: FastifyInstance, ctx: Ctx): void {
  const ownOrigin = new URL(ctx.config.baseUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (SAFE.has(request.method) || !request.url.startsWith('/api/') || request.url.startsWith('/api/auth/')) return;
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    const isSameOrigin = origin ? origin === ownOrigin : site === 'same-origin';
    if (!isSameOrigin) {
      throw new AppError(
        'CSRF_REJECTED',
        'This request did not come from a Trellis page. Reload the page and try again.',
      );
    }
  });
}
