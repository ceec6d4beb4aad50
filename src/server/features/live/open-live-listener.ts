import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { Database } from '../../db/database.ts';
import { LIVE_CHANNEL } from './publish-match-change.ts';

export interface LiveListener {
  /** Resolves once LISTEN is in effect (on PostgreSQL: the first connection succeeded). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface ListenerEvents {
  onPayload(payload: string): void;
  /** The connection came back after a drop: whatever was committed meanwhile was not heard. */
  onResync(): void;
}

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 30_000;

/**
 * The process's one LISTEN on the live channel. PGlite has a single connection and its own
 * `listen`; on PostgreSQL a dedicated client outside every pool (a pooled connection would be
 * handed to queries and lose its LISTEN), reconnected with backoff when it drops.
 */
export function openLiveListener(database: Database, log: FastifyBaseLogger, events: ListenerEvents): LiveListener {
  if (database.pglite) {
    const unlisten = database.pglite.listen(LIVE_CHANNEL, events.onPayload);
    return {
      ready: unlisten.then(() => undefined),
      close: async () => {
        await (await unlisten)();
      },
    };
  }
  if (!database.url) throw new Error('a PostgreSQL database without its address cannot be listened to');
  return listenOnPostgres(database.url, log, events);
}

function listenOnPostgres(url: string, log: FastifyBaseLogger, events: ListenerEvents): LiveListener {
  let client: pg.Client | null = null;
  let isClosing = false;
  let isDown = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const dropped = (which: pg.Client, error?: Error) => {
    if (client !== which || isClosing) return;
    client = null;
    which.removeAllListeners('notification');
    which.end().catch(() => {});
    // Logged once per outage, not once per attempt: a database restart is one event.
    if (!isDown) log.warn({ err: error }, 'live updates: the PostgreSQL listener is down; reconnecting');
    isDown = true;
    scheduleConnect();
  };

  const scheduleConnect = () => {
    const delay = Math.min(FIRST_RETRY_MS * 2 ** failures, LONGEST_RETRY_MS);
    failures += 1;
    retryTimer = setTimeout(() => void connect(), delay);
    retryTimer.unref();
  };

  const connect = async () => {
    if (isClosing) return;
    const next = new pg.Client({ connectionString: url, keepAlive: true, application_name: 'trellis-live' });
    next.on('error', (error) => dropped(next, error));
    next.on('end', () => dropped(next));
    next.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) events.onPayload(message.payload);
    });
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      dropped(next, error as Error);
      return;
    }
    if (isClosing) return;
    failures = 0;
    if (isDown) {
      isDown = false;
      log.info('live updates: listening on PostgreSQL again');
      events.onResync();
    }
    markReady();
  };

  void connect();
  return {
    ready,
    async close() {
      isClosing = true;
      clearTimeout(retryTimer);
      const last = client;
      client = null;
      await last?.end().catch(() => {});
    },
  };
}
