import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { getParticipantDetails } from './get-participant-details.ts';
import { getParticipantForActor } from './get-participant-for-actor.ts';
import { listParticipantTimeline } from './list-participant-timeline.ts';
import {
  participantOut,
  participantSummaryOut,
  presentParticipant,
  presentTimelineEntry,
  timelineEntryOut,
} from './presenters.ts';
import { participantStatuses } from './tables.ts';
import { transitionParticipant } from './transition-participant.ts';

const tags = ['participants'];
const participantParams = z.object({ participantId: id });

/** One participant: their page, their timeline, and moving them through the lifecycle. */
export function registerParticipantRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/participants/:participantId',
    { schema: { tags, params: participantParams, response: { 200: participantOut, ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const details = await getParticipantDetails(db, actor, request.params.participantId);
      return {
        ...presentParticipant(details.participant),
        name: details.name,
        email: details.email,
        username: details.username,
        timeline: details.timeline.map(presentTimelineEntry),
      };
    },
  );

  app.get(
    '/api/participants/:participantId/timeline',
    {
      schema: { tags, params: participantParams, response: { 200: z.array(timelineEntryOut), ...errorResponses } },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const participant = await getParticipantForActor(db, actor, request.params.participantId, 'self-or-staff');
      return (await listParticipantTimeline(db, participant.id)).map(presentTimelineEntry);
    },
  );

  app.post(
    '/api/participants/:participantId/transitions',
    {
      schema: {
        tags,
        summary:
          "Move a participant to another status, put them on hold, or resume (program staff); 'resume' returns from a hold",
        params: participantParams,
        body: z.object({
          to: z.enum([...participantStatuses, 'resume']),
          reason: z.string().trim().min(1).max(500).optional(),
        }),
        response: { 200: participantSummaryOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const participant = await db.transaction((tx) =>
        transitionParticipant(tx, ctx, actor, request.params.participantId, request.body),
      );
      return presentParticipant(participant);
    },
  );
}
