import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id, isoDate } from '../../http/schemas.ts';
import { user } from '../identity/tables.ts';
import { findMatchForActor } from '../matching/find-match-for-actor.ts';
import { matches } from '../matching/tables.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { getParticipantForActor } from '../participants/get-participant-for-actor.ts';
import { assertProgramStaff } from '../participants/policy.ts';
import { participants } from '../participants/tables.ts';
import { readConsistency } from './read-consistency.ts';
import { summarizeReliability } from './summarize-reliability.ts';
import { meetingStatuses, meetings } from './tables.ts';

const tags = ['meetings'];
const pair = z.object({ mentor: z.number().int(), mentee: z.number().int() });
export const consistencyOut = z.object({
  cadenceDays: z.number().int(),
  expected: z.number().int(),
  held: z.number().int(),
  adherence: z.number().nullable(),
  upcoming: z.number().int(),
  awaitingConfirmation: z.number().int(),
  disputed: z.number().int(),
  cancelled: pair,
  lateChanges: pair,
  noShows: pair,
  commitments: z.object({
    due: z.number().int(),
    keptOnTime: z.number().int(),
    overdue: z.number().int(),
    open: z.number().int(),
  }),
  mentorResponses: z.object({
    answered: z.number().int(),
    pending: z.number().int(),
    medianHours: z.number().nullable(),
  }),
});

/** Figures of following through: per match, per program, per mentor. Counts only, no content. */
export function registerConsistencyRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/matches/:matchId/consistency',
    {
      schema: {
        tags,
        summary: 'Meetings expected vs held, late changes, no-shows, commitments kept, response time (pair or staff)',
        params: z.object({ matchId: id }),
        response: { 200: consistencyOut.nullable(), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const { match } = await findMatchForActor(db, actor, request.params.matchId, 'party-or-staff');
      return (await readConsistency(db, [match], ctx.clock.now())).get(match.id) ?? null;
    },
  );

  app.get(
    '/api/programs/:programId/consistency',
    {
      schema: {
        tags,
        summary: "Each started match's consistency figures, for the program's coordinators",
        params: z.object({ programId: id }),
        response: {
          200: z.array(
            z.object({
              matchId: z.string(),
              status: z.string(),
              mentor: z.object({ participantId: z.string(), name: z.string() }),
              mentee: z.object({ participantId: z.string(), name: z.string() }),
              figures: consistencyOut,
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const program = await getProgramById(db, actor, request.params.programId);
      assertProgramStaff(actor, program);
      const rows = await db
        .select()
        .from(matches)
        .where(and(eq(matches.programId, program.id), inArray(matches.status, ['active', 'closed'])))
        .orderBy(asc(matches.startedAt));
      const figures = await readConsistency(db, rows, ctx.clock.now());
      const names = await namesOf(rows.flatMap((m) => [m.mentorParticipantId, m.menteeParticipantId]));
      return rows.flatMap((m) => {
        const f = figures.get(m.id);
        if (!f) return [];
        const person = (participantId: string) => ({ participantId, name: names.get(participantId) ?? '' });
        return [
          {
            matchId: m.id,
            status: m.status,
            mentor: person(m.mentorParticipantId),
            mentee: person(m.menteeParticipantId),
            figures: f,
          },
        ];
      });
    },
  );

  app.get(
    '/api/programs/:programId/meetings',
    {
      schema: {
        tags,
        summary: "The program's meetings between two dates, for its calendar (program staff)",
        params: z.object({ programId: id }),
        querystring: z.object({ from: isoDate, to: isoDate }),
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              matchId: z.string(),
              startsAt: z.string(),
              endsAt: z.string(),
              timeZone: z.string(),
              status: z.enum(meetingStatuses),
              mentorName: z.string(),
              menteeName: z.string(),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const program = await getProgramById(db, actor, request.params.programId);
      assertProgramStaff(actor, program);
      const from = new Date(`${request.query.from}T00:00:00Z`);
      const to = new Date(new Date(`${request.query.to}T00:00:00Z`).getTime() + 86_400_000);
      if (to <= from || to.getTime() - from.getTime() > 62 * 86_400_000) {
        throw new AppError('VALIDATION_FAILED', 'Choose a range of up to two months, ending after it starts.');
      }
      const rows = await db
        .select({
          id: meetings.id,
          matchId: meetings.matchId,
          startsAt: meetings.startsAt,
          endsAt: meetings.endsAt,
          timeZone: meetings.timeZone,
          status: meetings.status,
          mentorId: matches.mentorParticipantId,
          menteeId: matches.menteeParticipantId,
        })
        .from(meetings)
        .innerJoin(matches, eq(matches.id, meetings.matchId))
        .where(and(eq(meetings.programId, program.id), gte(meetings.startsAt, from), lt(meetings.startsAt, to)))
        .orderBy(asc(meetings.startsAt))
        .limit(2000);
      const names = await namesOf(rows.flatMap((r) => [r.mentorId, r.menteeId]));
      return rows.map(({ mentorId, menteeId, ...m }) => ({
        ...m,
        startsAt: m.startsAt.toISOString(),
        endsAt: m.endsAt.toISOString(),
        mentorName: names.get(mentorId) ?? '',
        menteeName: names.get(menteeId) ?? '',
      }));
    },
  );

  app.get(
    '/api/participants/:participantId/reliability',
    {
      schema: {
        tags,
        summary: "A mentor's reliability across their matches (the mentor themselves, or program staff)",
        params: z.object({ participantId: id }),
        response: {
          200: z.object({
            matches: z.number().int(),
            expected: z.number().int(),
            held: z.number().int(),
            adherence: z.number().nullable(),
            lateChanges: z.number().int(),
            noShows: z.number().int(),
            commitmentsKeptOnTime: z.number().nullable(),
            medianResponseHours: z.number().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const participant = await getParticipantForActor(db, actor, request.params.participantId, 'self-or-staff');
      if (participant.role !== 'mentor') {
        throw new AppError('MENTORS_ONLY', 'Reliability is shown for mentors.');
      }
      const rows = await db
        .select()
        .from(matches)
        .where(and(eq(matches.mentorParticipantId, participant.id), inArray(matches.status, ['active', 'closed'])));
      const figures = await readConsistency(db, rows, ctx.clock.now());
      return summarizeReliability([...figures.values()]);
    },
  );

  async function namesOf(participantIds: string[]): Promise<Map<string, string>> {
    if (participantIds.length === 0) return new Map();
    const rows = await db
      .select({ id: participants.id, name: user.name })
      .from(participants)
      .innerJoin(user, eq(user.id, participants.userId))
      .where(inArray(participants.id, [...new Set(participantIds)]));
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
