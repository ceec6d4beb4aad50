import type { FastifyRequest } from 'fastify';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { type Actor, getActorFromHeaders, requiresTwoFactor } from '../features/identity/actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null | undefined;
  }
}

export function headersOf(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The signed-in actor, or null; loaded once per request. */
export async function findActor(ctx: Ctx, request: FastifyRequest): Promise<Actor | null> {
  if (request.actor === undefined) request.actor = await getActorFromHeaders(ctx, headersOf(request));
  return request.actor;
}

/**
 * The signed-in actor or 401. Staff without two-factor get 403 TWO_FACTOR_REQUIRED everywhere
 * except the few routes that let them enrol (`allowWithoutTwoFactor`).
 */
export async function requireActor(
  ctx: Ctx,
  request: FastifyRequest,
  { allowWithoutTwoFactor = false } = {},
): Promise<Actor> {
  const actor = await findActor(ctx, request);
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
  if (!allowWithoutTwoFactor && requiresTwoFactor(actor) && !actor.twoFactorEnabled) {
    throw new AppError('TWO_FACTOR_REQUIRED', 'Your role requires two-factor authentication. Set it up to continue.');
  }
  return actor;
}
