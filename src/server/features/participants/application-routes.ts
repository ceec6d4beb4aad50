import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id, isoDate } from '../../http/schemas.ts';
import { isTimeZone } from '../../lib/time-zones.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { applyToProgram } from './apply-to-program.ts';
import { enrolParticipant } from './enrol-participant.ts';
import { getProgramParticipation } from './get-program-participation.ts';
import { weekDays } from './import/parse-availability.ts';
import { participantSummaryOut, participationOut, presentParticipant, presentParticipation } from './presenters.ts';
import { updateProgramParticipation } from './update-program-participation.ts';

const tags = ['participants'];
const programParams = z.object({ programId: id });
const words = z.array(z.string().trim().min(1).max(80)).max(20).default([]);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 15:30');
const slot = z
  .object({ day: z.enum(weekDays), start: clock, end: clock })
  .refine((s) => s.start < s.end, { message: 'ends before it starts', path: ['end'] });
const common = {
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone like Europe/London'),
  birthDate: isoDate.optional(),
  gender: z.string().trim().min(1).max(60).optional(),
  languages: z.array(z.string().trim().min(2).max(35)).max(20).default([]),
  interests: words,
  availability: z.array(slot).max(50).default([]),
  /** Needed below the program's guardian consent age: one address or several. */
  guardianEmail: z.union([z.email(), z.array(z.email()).min(1).max(4)]).optional(),
  /** The language of the guardian's email and page. */
  language: z.enum(['en', 'es']).optional(),
};
const guardianEmails = (value: string | string[] | undefined) =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];
/** The two application forms: mentees say what they hope for, mentors what they bring and how many. */
const applicationIn = z.discriminatedUnion('role', [
  z.object({ role: z.literal('mentee'), ...common, goals: words }),
  z.object({
    role: z.literal('mentor'),
    ...common,
    strengths: words,
    capacity: z.number().int().min(1).max(10).default(1),
  }),
]);
const enrolmentIn = z.discriminatedUnion('role', [
  z.object({ userId: id, role: z.literal('mentee'), ...common, goals: words }),
  z.object({
    userId: id,
    role: z.literal('mentor'),
    ...common,
    strengths: words,
    capacity: z.number().int().min(1).max(10).default(1),
  }),
]);

/** Application settings, applying, and coordinators enrolling someone already in the program. */
export function registerApplicationRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/programs/:programId/participation',
    { schema: { tags, params: programParams, response: { 200: participationOut, ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const program = await getProgramById(db, actor, request.params.programId);
      return presentParticipation(await getProgramParticipation(db, program.id));
    },
  );

  app.patch(
    '/api/programs/:programId/participation',
    {
      schema: {
        tags,
        summary: 'Open or close the application forms; set the guardian consent age (program staff)',
        params: programParams,
        body: z.object({
          mentorApplicationsOpen: z.boolean().optional(),
          menteeApplicationsOpen: z.boolean().optional(),
          guardianConsentAge: z.number().int().min(5).max(25).optional(),
        }),
        response: { 200: participationOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const changes = Object.fromEntries(Object.entries(request.body).filter(([, v]) => v !== undefined));
      const settings = await db.transaction((tx) =>
        updateProgramParticipation(tx, ctx, actor, request.params.programId, changes),
      );
      return presentParticipation(settings);
    },
  );

  app.post(
    '/api/programs/:programId/applications',
    {
      schema: {
        tags,
        summary: 'Apply as the mentor or mentee you were invited as, while that form is open',
        params: programParams,
        body: applicationIn,
        response: { 201: participantSummaryOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const participant = await db.transaction((tx) =>
        applyToProgram(tx, ctx, actor, request.params.programId, {
          ...request.body,
          guardianEmails: guardianEmails(request.body.guardianEmail),
        }),
      );
      return reply.status(201).send(presentParticipant(participant));
    },
  );

  app.post(
    '/api/programs/:programId/participants',
    {
      schema: {
        tags,
        summary: 'Create the participant for a mentor or mentee of the program (program staff)',
        params: programParams,
        body: enrolmentIn,
        response: { 201: participantSummaryOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const participant = await db.transaction((tx) =>
        enrolParticipant(tx, ctx, actor, request.params.programId, {
          ...request.body,
          guardianEmails: guardianEmails(request.body.guardianEmail),
        }),
      );
      return reply.status(201).send(presentParticipant(participant));
    },
  );
}
