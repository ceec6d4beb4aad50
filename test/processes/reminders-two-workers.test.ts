import { setTimeout as sleep } from 'node:timers/promises';
import { and, count, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { openContext } from '../../src/server/boot.ts';
import { loadConfig } from '../../src/server/config.ts';
import { notifications, reminderDeliveries } from '../../src/server/features/notifications/tables.ts';
import { addDays, toLocalParts } from '../../src/server/lib/zoned-time.ts';
import { activeMatch } from '../support/active-match.ts';
import { PASSWORD } from '../support/factories.ts';
import { matchingProgram } from '../support/matching-world.ts';
import { MovableClock, BASE_URL as TEST_APP_URL } from '../support/test-app.ts';
import { HttpClient } from './support/http-client.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { SmtpSink } from './support/smtp-sink.ts';
import { childEnv, sharedSecrets } from './support/trellis.ts';

const serverUrl = process.env.DATABASE_URL;
const name = `trellis_reminders_${process.pid}`;
const BASE_URL = 'http://trellis.test';
const london = 'Europe/London';

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Real processes, real time (PostgreSQL lane only): A plans a meeting whose 24 h reminder is due
 * in a few seconds and is killed before it is; two fresh processes B and C then share the queue.
 * The meeting is moved away and back first, so two jobs carry the same reminder and come due at
 * the same moment: the delivery key, not luck, decides that it is sent once.
 */
describe.skipIf(!serverUrl)('a reminder across a restart and two workers', () => {
  const smtp = new SmtpSink();
  const servers: RunningServer[] = [];
  let env: NodeJS.ProcessEnv;
  let databaseUrl: string;

  beforeAll(async () => {
    await admin(async (c) => {
      await c.query(`drop database if exists ${name} with (force)`);
      await c.query(`create database ${name}`);
    });
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    await smtp.start();
    env = childEnv({ DATABASE_URL: databaseUrl, TRELLIS_BASE_URL: BASE_URL, SMTP_URL: smtp.url, ...sharedSecrets() });
  });

  afterAll(async () => {
    for (const server of servers) await server.process.stop('SIGKILL');
    await smtp.stop();
    await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  });

  it('sends the reminder email exactly once and makes one in-app notice', async () => {
    // The people, through the in-process front door of a process that works no jobs (as the CLI).
    // Its clients send the in-process tests' Origin, so it answers to that base URL.
    const config = loadConfig({}, { ...env, LOG_LEVEL: 'silent', TRELLIS_BASE_URL: TEST_APP_URL });
    const { ctx, close } = await openContext(config, { work: false });
    const app = await buildApp(ctx);
    const world = await matchingProgram({ app, ctx, database: ctx.database, clock: new MovableClock() });
    const { matchId, mentor, mentee } = await activeMatch(world);
    const menteeUserId = (await mentee.client.get('/api/me')).body.id as string;
    await app.close();
    await close();

    const a = await startServer(env);
    servers.push(a);
    const asMentor = new HttpClient(BASE_URL);
    const asMentee = new HttpClient(BASE_URL);
    for (const [client, person] of [
      [asMentor, mentor],
      [asMentee, mentee],
    ] as const) {
      const signedIn = await client.post(`${a.url}/api/auth/sign-in/email`, {
        email: person.email,
        password: PASSWORD,
      });
      expect(signedIn.status, signedIn.text).toBe(200);
      // No quiet hours: the test runs at whatever time of day it is.
      const saved = await client.request('PUT', `${a.url}/api/me/reminder-preferences`, {
        meetingOffsets: [1440, 60],
        byEmail: true,
        quietStart: null,
        quietEnd: null,
        timeZone: london,
      });
      expect(saved.status, saved.text).toBe(200);
    }

    // The first whole minute at least 20 s after a day from now: the 24 h reminder's moment.
    const reminderAt = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
    const start = new Date(reminderAt.getTime() + 24 * 3_600_000);
    const local = toLocalParts(start, london);
    const localStart = `${local.date}T${local.time}`;
    const planned = await asMentor.post(`${a.url}/api/matches/${matchId}/meetings`, {
      localStart,
      timeZone: london,
      durationMinutes: 45,
    });
    expect(planned.status, planned.text).toBe(201);
    const meetingId = planned.body.id as string;
    const away = `${addDays(local.date, 1)}T${local.time}`;
    for (const to of [away, localStart]) {
      const moved = await asMentee.post(`${a.url}/api/meetings/${meetingId}/reschedule`, {
        localStart: to,
        timeZone: london,
        reason: 'Checking the other day',
      });
      expect(moved.status, moved.text).toBe(200);
    }
    await a.process.stop('SIGKILL');
    expect(Date.now()).toBeLessThan(reminderAt.getTime());

    servers.push(...(await Promise.all([startServer(env), startServer(env)])));
    const isReminder = (m: { to: string[]; subject: string }) =>
      m.to.includes(mentee.email) && m.subject.startsWith('Reminder: meeting with Ana Mentor');
    await smtp.waitFor(isReminder, 1, 150_000);
    await sleep(6_000); // three pg-boss polling intervals: time for a duplicate to show up
    expect(smtp.messages.filter(isReminder)).toHaveLength(1);
    expect(smtp.messages.filter((m) => m.to.includes(mentor.email) && m.subject.startsWith('Reminder:'))).toHaveLength(
      1,
    );

    const check = openContext(loadConfig({}, { ...env, LOG_LEVEL: 'silent' }), { work: false });
    const { ctx: reader, close: closeReader } = await check;
    const { db } = reader.database;
    const [notices] = await db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, menteeUserId), eq(notifications.kind, 'meetingReminder')));
    expect(notices?.n).toBe(1);
    const [jobs] = (
      await reader.database.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where name = 'reminder' and data->>'userId' = $1
           and data->>'kind' = 'meeting' and (data->>'offsetMinutes')::int = 1440 and data->>'startsAt' = $2
           and state = 'completed'`,
        [menteeUserId, start.toISOString()],
      )
    ).rows;
    expect(jobs?.n).toBe(2); // two jobs ran for this reminder: one delivered, the other found the key taken
    const [keys] = await db
      .select({ n: count() })
      .from(reminderDeliveries)
      .where(eq(reminderDeliveries.userId, menteeUserId));
    expect(keys?.n).toBe(1);
    await closeReader();
  }, 300_000);
});
