import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { getTrainingProgress } from './get-training-progress.ts';
import { attemptOut, presentAttempt, presentProgress, progressOut } from './presenters.ts';
import { submitTrainingAttempt } from './submit-training-attempt.ts';

const tags = ['training'];

/** A participant's quiz attempts and training progress. */
export function registerTrainingAttemptRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.post(
    '/api/participants/:participantId/training/:moduleId/attempts',
    {
      schema: {
        tags,
        summary: 'Answer a module’s quiz (the participant themself)',
        params: z.object({ participantId: id, moduleId: id }),
        body: z.object({ answers: z.record(z.string().max(20), z.string().max(20)) }),
        response: { 201: attemptOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const result = await db.transaction((tx) =>
        submitTrainingAttempt(tx, ctx, actor, { ...request.params, answers: request.body.answers }),
      );
      return reply.status(201).send(presentAttempt(result));
    },
  );

  app.get(
    '/api/participants/:participantId/training',
    {
      schema: {
        tags,
        summary: 'Training progress of a participant (themself or program staff)',
        params: z.object({ participantId: id }),
        response: { 200: progressOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return presentProgress(await getTrainingProgress(db, actor, request.params.participantId));
    },
  );
}
