import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id, isoDate } from '../../http/schemas.ts';
import { matchSides } from '../meetings/tables.ts';
import { completeCommitment } from './complete-commitment.ts';
import { createCommitment } from './create-commitment.ts';
import { deleteCommitment } from './delete-commitment.ts';
import { listCommitments } from './list-commitments.ts';

const tags = ['commitments'];

const staffCommitmentOut = z.object({
  id: z.string(),
  owner: z.enum(matchSides),
  dueDate: z.string(),
  dueAt: z.string(),
  completedAt: z.string().nullable(),
  keptOnTime: z.boolean().nullable(),
  overdue: z.boolean(),
});

const pairCommitmentOut = staffCommitmentOut.extend({
  text: z.string().nullable(),
  createdBy: z.enum(matchSides),
  createdAt: z.string(),
  canComplete: z.boolean(),
  canDelete: z.boolean(),
});

const commitmentParams = z.object({ commitmentId: id });

/** What each of the pair said they would do before next time; staff see whether it was kept. */
export function registerCommitmentRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/matches/:matchId/commitments',
    {
      schema: {
        tags,
        summary: "A match's commitments: for the pair with their words, for program staff without them",
        params: z.object({ matchId: id }),
        response: { 200: z.union([z.array(pairCommitmentOut), z.array(staffCommitmentOut)]), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return listCommitments(db, ctx, actor, request.params.matchId);
    },
  );

  app.post(
    '/api/matches/:matchId/commitments',
    {
      schema: {
        tags,
        summary: 'Write down what one of the pair will do, due by the end of a day in your time zone (one of the pair)',
        params: z.object({ matchId: id }),
        body: z.object({
          owner: z.enum(matchSides),
          text: z.string().trim().min(1, 'Please say what will be done.').max(500),
          dueDate: isoDate,
        }),
        response: { 201: pairCommitmentOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const created = await db.transaction((tx) =>
        createCommitment(tx, ctx, actor, request.params.matchId, request.body),
      );
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/commitments/:commitmentId/completion',
    {
      schema: {
        tags,
        summary: 'Mark a commitment done (the person it belongs to)',
        params: commitmentParams,
        response: { 200: pairCommitmentOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return db.transaction((tx) => completeCommitment(tx, ctx, actor, request.params.commitmentId));
    },
  );

  app.delete(
    '/api/commitments/:commitmentId',
    {
      schema: {
        tags,
        summary: 'Take back a commitment you wrote down while it is still open',
        params: commitmentParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      await db.transaction((tx) => deleteCommitment(tx, actor, request.params.commitmentId));
      return reply.status(204).send(null);
    },
  );
}
