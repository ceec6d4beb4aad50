import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { getParticipantForActor } from '../participants/get-participant-for-actor.ts';
import { presentMyMatches } from './present-match.ts';
import { first, myMatchOut, reasonOut } from './presenters.ts';
import { rankMentorsForMentee } from './rank-mentors-for-mentee.ts';
import { requestMentor } from './request-mentor.ts';

const tags = ['matching'];
const params = z.object({ participantId: id });
const SUGGESTIONS = 5;

/** Mentee choice: a ready mentee's best mentors, and asking one of them. */
export function registerMenteeChoiceRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/participants/:participantId/mentor-suggestions',
    {
      schema: {
        tags,
        summary:
          "The mentee's best five possible mentors with reasons; experiences only where the mentor allowed mentees choosing to see them (the mentee themself)",
        params,
        response: {
          200: z.object({
            mentors: z.array(
              z.object({
                participantId: z.string(),
                name: z.string(),
                score: z.number().int(),
                reasons: z.array(reasonOut),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const mentee = await getParticipantForActor(db, actor, request.params.participantId, 'self');
      const { ranked } = await rankMentorsForMentee(db, ctx, mentee, SUGGESTIONS);
      return {
        mentors: ranked.map((r) => ({
          participantId: r.mentor,
          name: r.name,
          score: r.score,
          reasons: r.visibleReasons,
        })),
      };
    },
  );

  app.post(
    '/api/participants/:participantId/mentor-requests',
    {
      schema: {
        tags,
        summary:
          'Ask a mentor, accepting the match and its confidentiality agreement; the mentor accepts or declines (the mentee themself)',
        params,
        body: z.object({ mentorParticipantId: id, agreementVersionId: id }),
        response: { 201: myMatchOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const match = await db.transaction((tx) =>
        requestMentor(tx, ctx, actor, request.params.participantId, request.body),
      );
      return reply.status(201).send(first(await presentMyMatches(db, ctx, [{ match, side: 'mentee' }], actor.locale)));
    },
  );
}
