import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id, isoDate } from '../../http/schemas.ts';
import { cancelMeeting } from './cancel-meeting.ts';
import { createMeeting } from './create-meeting.ts';
import { createSeries } from './create-series.ts';
import { endSeries } from './end-series.ts';
import { getMatchSchedule } from './get-match-schedule.ts';
import { durationMinutes, localStart, localTime, place, reason, timeZone } from './meeting-schemas.ts';
import { recordAttendance } from './record-attendance.ts';
import { rescheduleMeeting } from './reschedule-meeting.ts';
import { resolveMeeting } from './resolve-meeting.ts';
import { meetingOut, presentMeeting, presentSchedule, scheduleOut } from './schedule-presenters.ts';
import { suggestMeetingTimes } from './suggest-meeting-times.ts';
import { attendanceAnswers } from './tables.ts';

const tags = ['meetings'];
const matchParams = z.object({ matchId: id });
const meetingParams = z.object({ meetingId: id });

/**
 * A match's schedule: rhythm, single meetings, changes with reasons, attendance, resolution.
 * Changes answer with the shared view of a meeting; the schedule read adds what is the reader's own.
 */
export function registerMeetingRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/matches/:matchId/schedule',
    {
      schema: {
        tags,
        summary: "A match's rhythm, meetings, open proposals and change log (the pair or program staff)",
        params: matchParams,
        response: { 200: scheduleOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return presentSchedule(await getMatchSchedule(db, actor, request.params.matchId), ctx.clock.now());
    },
  );

  app.get(
    '/api/matches/:matchId/time-suggestions',
    {
      schema: {
        tags,
        summary: 'Weekly times inside both availabilities, anchored in the mentee’s time zone (the pair)',
        params: matchParams,
        querystring: z.object({ durationMinutes: z.coerce.number().int().min(15).max(480).default(60) }),
        response: {
          200: z.array(
            z.object({
              weekday: z.number().int(),
              localTime: z.string(),
              timeZone: z.string(),
              mentee: z.object({ weekday: z.number().int(), time: z.string() }),
              mentor: z.object({ weekday: z.number().int(), time: z.string() }),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return suggestMeetingTimes(db, actor, request.params.matchId, request.query.durationMinutes, ctx.clock.now());
    },
  );

  app.post(
    '/api/matches/:matchId/series',
    {
      schema: {
        tags,
        summary: 'Agree a rhythm: a weekly rule at a local time, replacing the current one (the pair)',
        params: matchParams,
        body: z.object({
          weekday: z.number().int().min(0).max(6),
          localTime,
          timeZone,
          intervalWeeks: z.union([z.literal(1), z.literal(2), z.literal(4)]),
          durationMinutes,
          firstDate: isoDate,
          ...place,
        }),
        response: { 201: z.object({ seriesId: z.string(), meetings: z.array(meetingOut) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const created = await db.transaction((tx) => createSeries(tx, ctx, actor, request.params.matchId, request.body));
      const now = ctx.clock.now();
      reply.code(201);
      return { seriesId: created.series.id, meetings: created.meetings.map((m) => presentMeeting(m, null, now)) };
    },
  );

  app.post(
    '/api/series/:seriesId/end',
    {
      schema: {
        tags,
        summary: 'Stop a rhythm: its later meetings are cancelled (the pair)',
        params: z.object({ seriesId: id }),
        body: z.object({ reason }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      await db.transaction((tx) => endSeries(tx, ctx, actor, request.params.seriesId, request.body.reason));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/matches/:matchId/meetings',
    {
      schema: {
        tags,
        summary: 'Plan a single meeting at a local time (the pair)',
        params: matchParams,
        body: z.object({ localStart, timeZone, durationMinutes, ...place }),
        response: { 201: meetingOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const meeting = await db.transaction((tx) => createMeeting(tx, ctx, actor, request.params.matchId, request.body));
      reply.code(201);
      return presentMeeting(meeting, null, ctx.clock.now());
    },
  );

  app.post(
    '/api/meetings/:meetingId/reschedule',
    {
      schema: {
        tags,
        summary: 'Move a meeting, with a reason the other person is told (the pair)',
        params: meetingParams,
        body: z.object({ localStart, timeZone, durationMinutes: durationMinutes.optional(), reason, ...place }),
        response: { 200: meetingOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const meeting = await db.transaction((tx) =>
        rescheduleMeeting(tx, ctx, actor, request.params.meetingId, request.body),
      );
      return presentMeeting(meeting, null, ctx.clock.now());
    },
  );

  app.post(
    '/api/meetings/:meetingId/cancellation',
    {
      schema: {
        tags,
        summary: 'Cancel a meeting with a reason; under 24 hours before the start it counts as late (the pair)',
        params: meetingParams,
        body: z.object({ reason }),
        response: { 200: meetingOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const meeting = await db.transaction((tx) =>
        cancelMeeting(tx, ctx, actor, request.params.meetingId, request.body.reason),
      );
      return presentMeeting(meeting, null, ctx.clock.now());
    },
  );

  app.post(
    '/api/meetings/:meetingId/attendance',
    {
      schema: {
        tags,
        summary: 'Say what happened at a meeting; the mentee may rate "I felt heard", the mentor "I shared" (the pair)',
        params: meetingParams,
        body: z.object({
          answer: z.enum(attendanceAnswers),
          feltHeard: z.number().int().min(1).max(5).nullish(),
          sharedExperience: z.boolean().nullish(),
        }),
        response: { 200: meetingOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const meeting = await db.transaction((tx) =>
        recordAttendance(tx, ctx, actor, request.params.meetingId, request.body),
      );
      return presentMeeting(meeting, null, ctx.clock.now());
    },
  );

  app.post(
    '/api/meetings/:meetingId/resolution',
    {
      schema: {
        tags,
        summary: 'Settle a disputed meeting (program staff; audited)',
        params: meetingParams,
        body: z.object({
          outcome: z.enum(['held', 'no-show', 'cancelled']),
          noShowBy: z.enum(['mentor', 'mentee', 'both']).optional(),
        }),
        response: { 200: meetingOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const meeting = await db.transaction((tx) =>
        resolveMeeting(tx, ctx, actor, request.params.meetingId, request.body),
      );
      return presentMeeting(meeting, null, ctx.clock.now());
    },
  );
}
