import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { approveMatchingRun } from './approve-matching-run.ts';
import { getMatchingRun, presentRun } from './get-matching-run.ts';
import { listMatchingCandidates } from './list-matching-candidates.ts';
import { listMatchingRuns } from './list-matching-runs.ts';
import { getMatchingSettings } from './matching-settings.ts';
import { presentMatches } from './present-match.ts';
import { matchOut, pairSchema, personOut, runOut, runSummaryOut, settingsSchema } from './presenters.ts';
import { startMatchingRun } from './start-matching-run.ts';
import { updateMatchingSettings } from './update-matching-settings.ts';

const tags = ['matching'];
const programParams = z.object({ programId: id });
const runParams = z.object({ runId: id });

/** With `Accept: application/x-ndjson` a run answers with these, one JSON object per line. */
const runEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    stage: z.enum(['reading', 'scoring', 'solving', 'certifying', 'explaining']),
    done: z.number(),
    total: z.number(),
  }),
  z.object({ type: z.literal('result'), run: runOut }),
  z.object({
    type: z.literal('error'),
    error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()) }),
  }),
]);

/** Cohort matching for program staff: settings, who is eligible, runs and their approval. */
export function registerMatchingRunRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/programs/:programId/matching-settings',
    {
      schema: {
        tags,
        summary: "The program's matching weights and constraints (program staff)",
        params: programParams,
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) => getMatchingSettings(db, await requireActor(ctx, request), request.params.programId),
  );

  app.put(
    '/api/programs/:programId/matching-settings',
    {
      schema: {
        tags,
        summary: 'Change the matching weights and constraints (program staff)',
        params: programParams,
        body: settingsSchema,
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return db.transaction((tx) => updateMatchingSettings(tx, ctx, actor, request.params.programId, request.body));
    },
  );

  app.get(
    '/api/programs/:programId/matching-candidates',
    {
      schema: {
        tags,
        summary: 'Who a matching run would consider now: ready mentees, mentors with a place (program staff)',
        params: programParams,
        response: {
          200: z.object({
            mentees: z.array(personOut),
            mentors: z.array(personOut.extend({ remainingCapacity: z.number().int() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => listMatchingCandidates(db, ctx, await requireActor(ctx, request), request.params.programId),
  );

  app.get(
    '/api/programs/:programId/matching-runs',
    {
      schema: {
        tags,
        summary: "The program's matching runs, newest first (program staff)",
        params: programParams,
        response: { 200: z.array(runSummaryOut), ...errorResponses },
      },
    },
    async (request) => listMatchingRuns(db, await requireActor(ctx, request), request.params.programId),
  );

  app.post(
    '/api/programs/:programId/matching-runs',
    {
      schema: {
        tags,
        summary: 'Run cohort matching with pins and forbidden pairs, optionally for some mentees only (program staff)',
        description:
          'Answers with the run as JSON; with `Accept: application/x-ndjson` it streams progress events, one JSON object a line, ending with the run (or an error).',
        params: programParams,
        body: z.object({
          pins: z.array(pairSchema).max(10_000).optional(),
          forbids: z.array(pairSchema).max(10_000).optional(),
          menteeIds: z.array(id).min(1).max(10_000).optional(),
        }),
        response: { 201: runOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const { programId } = request.params;
      const run = () =>
        startMatchingRun(db, ctx, actor, programId, request.body, (stage, done, total) =>
          send({ type: 'progress', stage, done, total }),
        );
      const events = new PassThrough();
      const send = (event: z.input<typeof runEvent>) => {
        if (streaming) events.write(`${JSON.stringify(runEvent.parse(event))}\n`);
      };
      const streaming = request.headers.accept?.includes('application/x-ndjson') === true;
      if (!streaming) return reply.status(201).send(await presentRun(db, ctx, actor, await run()));
      run()
        .then(async (stored) => send({ type: 'result', run: await presentRun(db, ctx, actor, stored) }))
        .catch((error: unknown) => {
          const known = error instanceof AppError;
          if (!known) request.log.error({ err: error }, 'matching run failed');
          send({
            type: 'error',
            error: {
              code: known ? error.code : 'INTERNAL',
              message: known ? error.message : 'Matching stopped on an unexpected error. Nothing was stored.',
              details: known ? (error.details ?? {}) : {},
            },
          });
        })
        .finally(() => events.end());
      // Fastify pipes a stream as it is; the route's types describe only the JSON answer.
      return reply.type('application/x-ndjson').send(events as never);
    },
  );

  app.get(
    '/api/matching-runs/:runId',
    {
      schema: {
        tags,
        summary: 'A run: figures, pairs with scores and reasons, the unmatched with reasons (program staff)',
        params: runParams,
        response: { 200: runOut, ...errorResponses },
      },
    },
    async (request) => getMatchingRun(db, ctx, await requireActor(ctx, request), request.params.runId),
  );

  app.post(
    '/api/matching-runs/:runId/approval',
    {
      schema: {
        tags,
        summary: 'Approve a run: each pair becomes a proposed match and both people are told (program staff)',
        params: runParams,
        response: { 200: z.object({ matches: z.array(matchOut) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const created = await db.transaction((tx) => approveMatchingRun(tx, ctx, actor, request.params.runId));
      return { matches: await presentMatches(db, created) };
    },
  );
}
