import { PassThrough } from 'node:stream';
import type { Ctx } from '../../context.ts';
import { type Actor, getActorFromHeaders } from '../identity/actor.ts';
import type { LiveHub, LiveSubscriber } from './create-live-hub.ts';

/** Proxies drop a connection that is silent for a minute or so; a comment line keeps it open. */
export const HEARTBEAT_MS = 25_000;
/** How long the browser's EventSource waits before reconnecting after the stream ends. */
export const RETRY_MS = 5_000;
/** A page that stopped reading (a frozen tab) is cut off rather than buffered for without end. */
const MOST_UNREAD_BYTES = 256 * 1024;

/** One server-sent event: a name and one line of JSON. */
export function sseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * A text/event-stream for one signed-in person. It opens only once the process listens, so a
 * change committed after the first bytes arrive is never missed. At each heartbeat the session
 * is read again: a person who signed out (or lost a role) stops hearing what they no longer may.
 */
export async function openLiveStream(ctx: Ctx, hub: LiveHub, actor: Actor, headers: Headers): Promise<PassThrough> {
  const stream = new PassThrough();
  const write = (text: string) => {
    if (stream.destroyed || stream.writableEnded) return;
    if (stream.writableLength > MOST_UNREAD_BYTES) stream.destroy();
    else stream.write(text);
  };
  const subscriber: LiveSubscriber = {
    actor,
    send: (event, data) => write(sseEvent(event, data)),
    end: () => {
      if (!stream.writableEnded) stream.end();
    },
  };
  const unsubscribe = hub.subscribe(subscriber);
  const heartbeat = setInterval(() => {
    write(': keep-alive\n\n');
    getActorFromHeaders(ctx, headers).then(
      (current) => {
        if (current) subscriber.actor = current;
        else subscriber.end();
      },
      // The database is away for a moment: keep the stream and check again at the next beat.
      () => {},
    );
  }, HEARTBEAT_MS);
  heartbeat.unref();
  stream.once('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
  try {
    await hub.ready();
  } catch (error) {
    stream.destroy();
    throw error;
  }
  write(`retry: ${RETRY_MS}\n: connected\n\n`);
  return stream;
}
