import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { createTrainingModule } from './create-training-module.ts';
import { getTrainingModule } from './get-training-module.ts';
import { listTrainingModules } from './list-training-modules.ts';
import { moduleOut, moduleSummaryOut, presentModule, presentModuleSummary } from './presenters.ts';
import { quizQuestions } from './quiz-questions.ts';
import { updateTrainingModule } from './update-training-module.ts';

const tags = ['training'];
const moduleIn = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens')
    .min(2)
    .max(60),
  title: z.string().trim().min(2).max(200),
  summary: z.string().trim().max(1000).default(''),
  body: z.string().trim().min(1).max(100_000),
  questions: quizQuestions,
  passMark: z.number().int().min(0).max(100),
  isRequired: z.boolean().default(true),
});

/** A program's training modules: members read them, staff write them. */
export function registerTrainingModuleRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/programs/:programId/training-modules',
    {
      schema: {
        tags,
        summary: "A program's training modules (program members)",
        params: z.object({ programId: id }),
        response: { 200: z.array(moduleSummaryOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return (await listTrainingModules(db, actor, request.params.programId)).map(presentModuleSummary);
    },
  );

  app.post(
    '/api/programs/:programId/training-modules',
    {
      schema: {
        tags,
        summary: 'Add a training module (program staff)',
        params: z.object({ programId: id }),
        body: moduleIn,
        response: { 201: moduleOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const created = await db.transaction((tx) =>
        createTrainingModule(tx, ctx, actor, request.params.programId, request.body),
      );
      return reply.status(201).send(presentModule(created));
    },
  );

  app.get(
    '/api/training-modules/:moduleId',
    {
      schema: {
        tags,
        summary: 'A training module with its lesson and quiz (the answer key for staff only)',
        params: z.object({ moduleId: id }),
        response: { 200: moduleOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return presentModule(await getTrainingModule(db, actor, request.params.moduleId));
    },
  );

  app.patch(
    '/api/training-modules/:moduleId',
    {
      schema: {
        tags,
        summary: 'Change a training module (program staff)',
        params: z.object({ moduleId: id }),
        // Without the create schema's defaults: what is left out stays as it is.
        body: moduleIn
          .omit({ slug: true })
          .extend({ summary: z.string().trim().max(1000), isRequired: z.boolean() })
          .partial(),
        response: { 200: moduleOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const updated = await db.transaction((tx) =>
        updateTrainingModule(tx, ctx, actor, request.params.moduleId, request.body),
      );
      return presentModule(updated);
    },
  );
}
