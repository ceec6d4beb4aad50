import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id, isoDate } from '../../http/schemas.ts';
import { screeningKinds, screeningOutcomes } from '../participants/tables.ts';
import { listScreeningChecks } from './list-screening-checks.ts';
import { presentScreeningCheck, presentScreeningList, screeningCheckOut, screeningListOut } from './presenters.ts';
import { recordScreeningCheck } from './record-screening-check.ts';

const tags = ['screening'];
const params = z.object({ participantId: id });
// Facts about a check only: there is deliberately no field for a document or its contents.
const checkIn = z.object({
  kind: z.enum(screeningKinds),
  checkedOn: isoDate,
  outcome: z.enum(screeningOutcomes),
  expiresOn: isoDate.nullable().default(null),
});

/** Mentors' screening checks, for program staff. */
export function registerScreeningRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.post(
    '/api/participants/:participantId/screening-checks',
    {
      schema: {
        tags,
        summary: "Record a mentor's screening check (program staff)",
        params,
        body: checkIn,
        response: { 201: screeningCheckOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const { check, today, isSuperseded } = await db.transaction((tx) =>
        recordScreeningCheck(tx, ctx, actor, request.params.participantId, request.body),
      );
      return reply.status(201).send(presentScreeningCheck(check, today, isSuperseded));
    },
  );

  app.get(
    '/api/participants/:participantId/screening-checks',
    {
      schema: {
        tags,
        summary: "A mentor's screening checks with expiry flags (program staff)",
        params,
        response: { 200: screeningListOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return presentScreeningList(await listScreeningChecks(db, ctx, actor, request.params.participantId));
    },
  );
}
