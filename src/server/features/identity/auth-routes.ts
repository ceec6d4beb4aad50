import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx } from '../../context.ts';
import { headersOf } from '../../http/actor-hook.ts';
import { pseudonymize } from '../../lib/crypto.ts';
import { auditSeparately } from '../audit/append-audit-event.ts';
import { CLIENT_IP_HEADER } from './auth.ts';

// better-auth endpoints whose outcome the audit log records (ARCHITECTURE.md "Audit").
const AUDITED: Record<string, string> = {
  '/sign-in/email': 'auth.sign_in',
  '/sign-in/username': 'auth.sign_in',
  '/two-factor/verify-totp': 'auth.two_factor_verified',
  '/two-factor/verify-backup-code': 'auth.recovery_code_used',
  '/two-factor/enable': 'auth.two_factor_enrolment_started',
  '/two-factor/disable': 'auth.two_factor_disabled',
  '/reset-password': 'auth.password_reset',
  '/change-password': 'auth.password_changed',
  '/sign-out': 'auth.sign_out',
};

function toFetchRequest(ctx: Ctx, request: FastifyRequest): Request {
  const headers = headersOf(request);
  // better-auth keys rate limits by client address: give it Fastify's view, never the client's claim.
  headers.set(CLIENT_IP_HEADER, request.ip);
  const body = request.body === undefined || request.method === 'GET' ? undefined : JSON.stringify(request.body);
  return new Request(new URL(request.url, ctx.config.baseUrl), { method: request.method, headers, body });
}

/** better-auth's handler under /api/auth, with sign-ins and failures audited on the instance chain. */
export function registerAuthRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    async handler(request, reply) {
      const response = await ctx.auth.handler(toFetchRequest(ctx, request));
      const path = new URL(request.url, ctx.config.baseUrl).pathname.replace(/^\/api\/auth/, '');
      const text = await response.text();
      const action = AUDITED[path];
      if (action && request.method === 'POST') await auditAuthOutcome(ctx, request, action, response.status, text);
      reply.status(response.status);
      for (const [key, value] of response.headers) {
        if (key === 'set-cookie' || key === 'content-length') continue;
        reply.header(key, value);
      }
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      // Some of better-auth's refusals are plain text (a disabled path's "Not Found"); ours is JSON.
      if (response.status >= 400) {
        return reply.header('content-type', 'application/json; charset=utf-8').send(asOurError(response.status, text));
      }
      return reply.send(text.length > 0 ? text : null);
    },
  });
}

/** better-auth's `{ code, message }` becomes our one error shape, `{ error: { code, message, details } }`. */
function asOurError(status: number, text: string) {
  let body: { code?: string; message?: string } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {}
  const code = body.code ?? (status === 429 ? 'RATE_LIMITED' : status === 401 ? 'UNAUTHENTICATED' : 'BAD_REQUEST');
  return { error: { code, message: body.message ?? 'The request could not be completed.', details: {} } };
}

async function auditAuthOutcome(ctx: Ctx, request: FastifyRequest, action: string, status: number, text: string) {
  let userId: string | undefined;
  try {
    userId = (JSON.parse(text) as { user?: { id?: string } }).user?.id;
  } catch {}
  userId ??= request.actor?.userId;
  const email = (request.body as { email?: unknown } | undefined)?.email;
  const outcome = status < 400 ? 'success' : 'failed';
  await auditSeparately(ctx, {
    organizationId: null,
    actor: userId ? { userId } : 'anonymous',
    action,
    outcome,
    // A failed sign-in names the attempted address only as a pseudonym, never in clear.
    target:
      typeof email === 'string'
        ? { type: 'email', id: pseudonymize(ctx.keyring.auditKey, email.toLowerCase()) }
        : undefined,
    details: { status },
  }).catch((error) => request.log.error({ err: error }, 'could not audit an auth event'));
}
