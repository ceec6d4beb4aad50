import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { exportParticipantsCsv } from './export-participants-csv.ts';
import { weekDays } from './import/parse-availability.ts';
import { listMyParticipations } from './list-my-participations.ts';
import { listProgramParticipants } from './list-program-participants.ts';
import {
  participantListOut,
  participationOfMineOut,
  presentParticipant,
  presentParticipantList,
} from './presenters.ts';
import { participantRoles, participantStatuses } from './tables.ts';

const tags = ['participants'];
const programParams = z.object({ programId: id });
const yesNo = z.enum(['true', 'false']).transform((v) => v === 'true');
const filtersIn = z.object({
  role: z.enum(participantRoles).optional(),
  status: z.enum(participantStatuses).optional(),
  language: z.string().trim().min(2).max(35).optional(),
  availabilityDay: z.enum(weekDays).optional(),
  trainingDone: yesNo.optional(),
  screeningExpiring: yesNo.optional(),
  /** The horizon for `screeningExpiring`, in days from today. */
  screeningWithinDays: z.coerce.number().int().min(0).max(365).default(30),
  search: z.string().trim().max(120).optional(),
});

/** The coordinator's participant list and its CSV export, and a person's own participations. */
export function registerParticipantListRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/programs/:programId/participants',
    {
      schema: {
        tags,
        summary: "A program's participants, filtered and paged, with counts by status and role (program staff)",
        params: programParams,
        querystring: filtersIn.extend({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: participantListOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const { limit, offset, ...filters } = request.query;
      const list = await listProgramParticipants(db, ctx, actor, request.params.programId, filters, { limit, offset });
      return presentParticipantList(list);
    },
  );

  app.get(
    '/api/programs/:programId/participants.csv',
    {
      schema: {
        tags,
        summary: 'The participants list as CSV, formulas neutralised; every export is audited (program staff)',
        params: programParams,
        querystring: filtersIn,
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const csv = await db.transaction((tx) =>
        exportParticipantsCsv(tx, ctx, actor, request.params.programId, request.query),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="participants.csv"')
        .send(csv);
    },
  );

  app.get(
    '/api/me/participations',
    { schema: { tags, response: { 200: z.array(participationOfMineOut), ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return (await listMyParticipations(db, actor)).map((r) => ({
        ...presentParticipant(r.participant),
        programName: r.programName,
      }));
    },
  );
}
