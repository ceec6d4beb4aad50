import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id, isoDate } from '../../http/schemas.ts';
import { createProgram } from './create-program.ts';
import { getProgramById } from './get-program-by-id.ts';
import { listPrograms } from './list-programs.ts';
import { assertOrgAdmin, assertOrgMember } from './policy.ts';
import { presentProgram, programOut } from './presenters.ts';
import { cadenceFrequencies } from './tables.ts';
import { updateProgram } from './update-program.ts';

const tags = ['programs'];
const orgParams = z.object({ orgId: id });
const programIn = z.object({
  name: z.string().trim().min(2).max(120),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens')
    .min(2)
    .max(60),
  description: z.string().max(4000).default(''),
  startsOn: isoDate,
  endsOn: isoDate,
  cadence: z.object({ frequency: z.enum(cadenceFrequencies), minutes: z.number().int().min(15).max(240) }),
});
const toProgramInput = ({ cadence, ...rest }: z.infer<typeof programIn>) => ({
  ...rest,
  cadenceFrequency: cadence.frequency,
  cadenceMinutes: cadence.minutes,
});

/** Programs inside an organization. */
export function registerProgramRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/organizations/:orgId/programs',
    { schema: { tags, params: orgParams, response: { 200: z.array(programOut), ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      assertOrgMember(actor, request.params.orgId);
      return (await listPrograms(db, actor, request.params.orgId)).map(presentProgram);
    },
  );

  app.post(
    '/api/organizations/:orgId/programs',
    {
      schema: {
        tags,
        summary: 'Create a program (admins)',
        params: orgParams,
        body: programIn,
        response: { 201: programOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      assertOrgAdmin(actor, request.params.orgId);
      const program = await db.transaction((tx) =>
        createProgram(tx, ctx, actor, request.params.orgId, toProgramInput(request.body)),
      );
      return reply.status(201).send(presentProgram(program));
    },
  );

  app.get(
    '/api/programs/:programId',
    { schema: { tags, params: z.object({ programId: id }), response: { 200: programOut, ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return presentProgram(await getProgramById(db, actor, request.params.programId));
    },
  );

  app.patch(
    '/api/programs/:programId',
    {
      schema: {
        tags,
        summary: 'Change a program (admins)',
        params: z.object({ programId: id }),
        // Without the create schema's default: a change that leaves out the description keeps it.
        body: programIn.extend({ description: z.string().max(4000) }).partial(),
        response: { 200: programOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const { cadence, ...rest } = request.body;
      const changes = cadence
        ? { ...rest, cadenceFrequency: cadence.frequency, cadenceMinutes: cadence.minutes }
        : rest;
      return presentProgram(
        await db.transaction((tx) => updateProgram(tx, ctx, actor, request.params.programId, changes)),
      );
    },
  );
}
