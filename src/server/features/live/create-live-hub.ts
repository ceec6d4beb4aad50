import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { findMatchAudience, isInAudience, type MatchAudience } from './find-match-audience.ts';
import { type LiveListener, openLiveListener } from './open-live-listener.ts';

/** One open page (an SSE stream) of one signed-in person. `actor` is refreshed while it is open. */
export interface LiveSubscriber {
  actor: Actor;
  send(event: 'match-changed' | 'resync', data: unknown): void;
  end(): void;
}

export interface LiveHub {
  /** Adds a stream; refuses a person who already holds too many in this process. */
  subscribe(subscriber: LiveSubscriber): () => void;
  /** Starts the process's listener on first use; resolves once it listens (or has tried long enough). */
  ready(): Promise<void>;
  /** Ends every open stream (graceful stop: an open stream must not hold the process). */
  endStreams(): void;
  close(): Promise<void>;
}

/** Browsers allow six HTTP/1.1 connections per site; a person rarely needs more tabs than this. */
export const MAX_STREAMS_PER_USER = 10;
const READY_AT_MOST_MS = 5_000;
/** The pair and the program of a match never change; a short memory spares a query per event. */
const AUDIENCE_MEMORY_MS = 5_000;
const AUDIENCE_MEMORY_SIZE = 500;

const changeSchema = z.object({ matchId: z.uuid(), what: z.string().min(1).max(100) });

/**
 * The in-process fan-out behind `GET /api/live`: one listener per process hears every committed
 * change; each change is checked against the match's audience (one small query) and written to
 * the streams of the people who may see that match.
 */
export function createLiveHub(database: Database, log: FastifyBaseLogger): LiveHub {
  const subscribers = new Set<LiveSubscriber>();
  const streamsPerUser = new Map<string, number>();
  const audiences = new Map<string, { audience: MatchAudience | null; at: number }>();
  let listener: LiveListener | null = null;
  let isClosed = false;
  // Changes are delivered one after the other, so a page never sees them out of commit order.
  let delivering = Promise.resolve();

  async function audienceOf(matchId: string): Promise<MatchAudience | null> {
    const known = audiences.get(matchId);
    if (known && Date.now() - known.at < AUDIENCE_MEMORY_MS) return known.audience;
    const audience = await findMatchAudience(database.db, matchId);
    audiences.delete(matchId);
    audiences.set(matchId, { audience, at: Date.now() });
    if (audiences.size > AUDIENCE_MEMORY_SIZE) audiences.delete(audiences.keys().next().value as string);
    return audience;
  }

  async function deliver(payload: string): Promise<void> {
    if (subscribers.size === 0) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      parsed = null;
    }
    const change = changeSchema.safeParse(parsed);
    if (!change.success) {
      log.warn({ payload: payload.slice(0, 200) }, 'live updates: ignored a notification that is not a match change');
      return;
    }
    const audience = await audienceOf(change.data.matchId);
    if (!audience) return;
    for (const subscriber of subscribers) {
      if (isInAudience(subscriber.actor, audience)) subscriber.send('match-changed', change.data);
    }
  }

  function listen(): LiveListener {
    listener ??= openLiveListener(database, log, {
      onPayload: (payload) => {
        delivering = delivering
          .then(() => deliver(payload))
          .catch((error) => log.error({ err: error }, 'live updates: could not deliver a change'));
      },
      onResync: () => {
        for (const subscriber of subscribers) subscriber.send('resync', {});
      },
    });
    return listener;
  }

  function endStreams(): void {
    for (const subscriber of subscribers) subscriber.end();
  }

  return {
    subscribe(subscriber) {
      if (isClosed) throw new AppError('NOT_READY', 'Trellis is stopping. Try again in a moment.');
      const userId = subscriber.actor.userId;
      const held = streamsPerUser.get(userId) ?? 0;
      if (held >= MAX_STREAMS_PER_USER) {
        throw new AppError('RATE_LIMITED', 'Too many Trellis pages are open for live updates. Close some and reload.', {
          limit: MAX_STREAMS_PER_USER,
        });
      }
      streamsPerUser.set(userId, held + 1);
      subscribers.add(subscriber);
      let isSubscribed = true;
      return () => {
        if (!isSubscribed) return;
        isSubscribed = false;
        subscribers.delete(subscriber);
        const left = (streamsPerUser.get(userId) ?? 1) - 1;
        if (left > 0) streamsPerUser.set(userId, left);
        else streamsPerUser.delete(userId);
      };
    },
    async ready() {
      let timer: NodeJS.Timeout | undefined;
      const enough = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, READY_AT_MOST_MS);
        timer.unref();
      });
      await Promise.race([listen().ready, enough]);
      clearTimeout(timer);
    },
    endStreams,
    async close() {
      isClosed = true;
      endStreams();
      await listener?.close();
      listener = null;
    },
  };
}
