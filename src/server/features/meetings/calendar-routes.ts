import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { createCalendarFeed } from './calendar-feed-create.ts';
import { readCalendarFeed } from './calendar-feed-read.ts';
import { revokeCalendarFeed } from './calendar-feed-revoke.ts';
import { getCalendarFeedStatus } from './calendar-feed-status.ts';
import { getMeetingIcs } from './meeting-ics.ts';

const tags = ['calendar'];
const ICS = 'text/calendar; charset=utf-8';

const feedOut = z.object({
  /** Shown only when the feed is made: only a hash of its token is kept. */
  url: z.string().nullable(),
  createdAt: z.string().nullable(),
  lastFetchedAt: z.string().nullable(),
});

/** Private calendar feeds (subscribe once, stay current) and a single meeting as a download. */
export function registerCalendarRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Whether I have a private calendar feed (its address is shown only when it is made)',
        response: { 200: feedOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const feed = await getCalendarFeedStatus(db, actor);
      return {
        url: null,
        createdAt: feed?.createdAt.toISOString() ?? null,
        lastFetchedAt: feed?.lastFetchedAt?.toISOString() ?? null,
      };
    },
  );

  app.post(
    '/api/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Make a new private calendar feed address; any earlier one stops working',
        response: { 201: feedOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const feed = await db.transaction((tx) => createCalendarFeed(tx, ctx, actor));
      return reply.status(201).send({ url: feed.url, createdAt: feed.createdAt.toISOString(), lastFetchedAt: null });
    },
  );

  app.delete(
    '/api/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Turn my calendar feed address off',
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      await db.transaction((tx) => revokeCalendarFeed(tx, ctx, actor));
      return reply.status(204).send(null);
    },
  );

  // Public: calendar apps fetch this without a session; the secret token in the path is the credential.
  app.get(
    '/calendar/:token.ics',
    {
      schema: {
        tags,
        summary: 'A private calendar feed (iCalendar), for calendar apps to subscribe to',
        params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) }),
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const text = await db.transaction((tx) => readCalendarFeed(tx, ctx, request.params.token));
      return reply.type(ICS).header('cache-control', 'private, no-cache').header('x-robots-tag', 'noindex').send(text);
    },
  );

  app.get(
    '/api/meetings/:meetingId/ics',
    {
      schema: {
        tags,
        summary: 'One meeting as an .ics file to add to a calendar (one of the pair)',
        params: z.object({ meetingId: id }),
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const text = await getMeetingIcs(db, ctx, actor, request.params.meetingId);
      return reply.type(ICS).header('content-disposition', 'attachment; filename="trellis-meeting.ics"').send(text);
    },
  );
}
