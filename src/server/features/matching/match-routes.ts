import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { acceptMatch } from './accept-match.ts';
import { closeMatch } from './close-match.ts';
import { declineMatch } from './decline-match.ts';
import { findMatchForActor } from './find-match-for-actor.ts';
import { listMyMatches } from './list-my-matches.ts';
import { listProgramMatches } from './list-program-matches.ts';
import { presentMatches, presentMyMatches } from './present-match.ts';
import { first, matchOut, myMatchOut } from './presenters.ts';
import { matchStatuses } from './tables.ts';

const tags = ['matching'];
const matchParams = z.object({ matchId: id });
const reasonText = z.string().trim().min(1, 'Please give a reason.').max(500);

/** Matches: staff lists and closure; the pair's own view, acceptance with the agreement, decline. */
export function registerMatchRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/programs/:programId/matches',
    {
      schema: {
        tags,
        summary: "The program's matches, newest first (program staff)",
        params: z.object({ programId: id }),
        querystring: z.object({ status: z.enum(matchStatuses).optional() }),
        response: { 200: z.array(matchOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return presentMatches(db, await listProgramMatches(db, actor, request.params.programId, request.query.status));
    },
  );

  app.get(
    '/api/me/matches',
    {
      schema: {
        tags,
        summary: 'My matches as mentor or mentee, in every program',
        response: { 200: z.array(myMatchOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return presentMyMatches(db, ctx, await listMyMatches(db, actor), actor.locale);
    },
  );

  app.get(
    '/api/matches/:matchId',
    {
      schema: {
        tags,
        summary: 'A match: for the pair with the agreement and what they share; for program staff without it',
        params: matchParams,
        response: { 200: z.union([myMatchOut, matchOut]), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const { match, side } = await findMatchForActor(db, actor, request.params.matchId, 'party-or-staff');
      if (side) return first(await presentMyMatches(db, ctx, [{ match, side }], actor.locale));
      return first(await presentMatches(db, [match]));
    },
  );

  app.post(
    '/api/matches/:matchId/acceptance',
    {
      schema: {
        tags,
        summary:
          "Accept a proposed match and acknowledge the program's confidentiality agreement for it (one of the pair)",
        params: matchParams,
        body: z.object({ agreementVersionId: id }),
        response: { 200: myMatchOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const answered = await db.transaction((tx) =>
        acceptMatch(tx, ctx, actor, request.params.matchId, request.body.agreementVersionId),
      );
      return first(await presentMyMatches(db, ctx, [answered], actor.locale));
    },
  );

  app.post(
    '/api/matches/:matchId/decline',
    {
      schema: {
        tags,
        summary: 'Decline a proposed match with a reason the other person is told (one of the pair)',
        params: matchParams,
        body: z.object({ reason: reasonText }),
        response: { 200: myMatchOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const answered = await db.transaction((tx) =>
        declineMatch(tx, ctx, actor, request.params.matchId, request.body.reason),
      );
      return first(await presentMyMatches(db, ctx, [answered], actor.locale));
    },
  );

  app.post(
    '/api/matches/:matchId/closure',
    {
      schema: {
        tags,
        summary:
          'Close a match (or withdraw a proposal), saying whether the mentee should be matched again (program staff)',
        params: matchParams,
        body: z.object({ reason: reasonText, rematch: z.boolean() }),
        response: { 200: matchOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const closed = await db.transaction((tx) => closeMatch(tx, ctx, actor, request.params.matchId, request.body));
      return first(await presentMatches(db, [closed]));
    },
  );
}
