import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../context.ts';
import { headersOf } from '../../http/actor-hook.ts';
import { CLIENT_IP_HEADER } from './auth.ts';

/** Signs a person in right after they set their password (setup, invitation) through better-auth. */
export async function signInAfter(
  ctx: Ctx,
  request: FastifyRequest,
  reply: FastifyReply,
  email: string,
  password: string,
) {
  const headers = headersOf(request);
  headers.set(CLIENT_IP_HEADER, request.ip);
  const { headers: out } = await ctx.auth.api.signInEmail({ body: { email, password }, headers, returnHeaders: true });
  const cookies = out.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
}

/** The same for username accounts (a young person who just redeemed their setup code). */
export async function signInUsernameAfter(
  ctx: Ctx,
  request: FastifyRequest,
  reply: FastifyReply,
  username: string,
  password: string,
) {
  const headers = headersOf(request);
  headers.set(CLIENT_IP_HEADER, request.ip);
  const { headers: out } = await ctx.auth.api.signInUsername({
    body: { username, password },
    headers,
    returnHeaders: true,
  });
  const cookies = out.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
}
