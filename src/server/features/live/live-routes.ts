import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../context.ts';
import { headersOf, requireActor } from '../../http/actor-hook.ts';
import { errorResponses } from '../../http/schemas.ts';
import { createLiveHub, MAX_STREAMS_PER_USER } from './create-live-hub.ts';
import { HEARTBEAT_MS, openLiveStream, RETRY_MS } from './open-live-stream.ts';

const description = `A \`text/event-stream\` (server-sent events) for the signed-in person; OpenAPI cannot describe
its body, so here it is. It starts with \`retry: ${RETRY_MS}\` once the server listens for changes, sends a
comment line every ${HEARTBEAT_MS / 1000} s, and these events:

- \`event: match-changed\` with \`data: {"matchId": "…", "what": "…"}\` when a change to a match the
  person may see (as one of the pair, or as staff of its program) was committed. It carries no
  content: the page fetches what it shows again.
- \`event: resync\` with \`data: {}\` when changes may have been missed (the server lost and regained
  its database listener): fetch everything shown again.

The stream ends when the server stops or the session ends; EventSource reconnects by itself.
A person may hold ${MAX_STREAMS_PER_USER} streams per server process; more are refused with 429 RATE_LIMITED.`;

/** Live updates: the process's one listener, fanned out to its open pages. */
export function registerLiveRoutes(app: FastifyInstance, ctx: Ctx): void {
  const hub = createLiveHub(ctx.database, ctx.log);
  // Before the server waits for its connections to finish: an open stream never would.
  app.addHook('preClose', async () => hub.endStreams());
  app.addHook('onClose', async () => hub.close());

  // No type provider: its typed reply would accept only the error bodies, and the 200 is a stream.
  app.get(
    '/api/live',
    {
      schema: {
        tags: ['live'],
        summary: 'Live updates: which of my matches changed (server-sent events)',
        description,
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const stream = await openLiveStream(ctx, hub, actor, headersOf(request));
      reply.raw.once('close', () => stream.destroy());
      return reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache, no-transform')
        .header('x-accel-buffering', 'no')
        .send(stream);
    },
  );
}
