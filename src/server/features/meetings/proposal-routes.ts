import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { answerProposal } from './answer-proposal.ts';
import { durationMinutes, localStart, place, reason, timeZone } from './meeting-schemas.ts';
import { proposeMeeting } from './propose-meeting.ts';
import { presentProposal, proposalOut } from './schedule-presenters.ts';

const tags = ['meetings'];
const proposalParams = z.object({ proposalId: id });

/** Proposed times: one of the pair proposes, the other accepts or declines, the proposer may withdraw. */
export function registerProposalRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.post(
    '/api/matches/:matchId/proposals',
    {
      schema: {
        tags,
        summary: 'Propose a time: a new meeting, or a new time for one (the pair)',
        params: z.object({ matchId: id }),
        body: z.object({
          meetingId: id.optional(),
          localStart,
          timeZone,
          durationMinutes,
          reason: z.string().trim().max(500).nullish(),
          ...place,
        }),
        response: { 201: proposalOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const proposal = await db.transaction((tx) =>
        proposeMeeting(tx, ctx, actor, request.params.matchId, request.body),
      );
      reply.code(201);
      return presentProposal(proposal);
    },
  );

  for (const [path, answer, summary] of [
    ['acceptance', 'accept', 'Accept a proposed time: the meeting is planned or moved (the other of the pair)'],
    ['withdrawal', 'withdraw', 'Withdraw your own proposal'],
  ] as const) {
    app.post(
      `/api/proposals/:proposalId/${path}`,
      {
        schema: { tags, summary, params: proposalParams, response: { 200: proposalOut, ...errorResponses } },
      },
      async (request) => {
        const actor = await requireActor(ctx, request);
        const answered = await db.transaction((tx) =>
          answerProposal(tx, ctx, actor, request.params.proposalId, answer),
        );
        return presentProposal(answered);
      },
    );
  }

  app.post(
    '/api/proposals/:proposalId/decline',
    {
      schema: {
        tags,
        summary: 'Decline a proposed time with a reason the proposer is told (the other of the pair)',
        params: proposalParams,
        body: z.object({ reason }),
        response: { 200: proposalOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const answered = await db.transaction((tx) =>
        answerProposal(tx, ctx, actor, request.params.proposalId, 'decline', request.body.reason),
      );
      return presentProposal(answered);
    },
  );
}
