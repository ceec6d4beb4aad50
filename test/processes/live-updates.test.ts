import { afterEach, describe, expect, it } from 'vitest';
import { LiveStream, matchChanged } from '../live/support/live-stream.ts';
import { twoProposedMatches } from '../live/support/proposed-matches.ts';
import { BASE_URL, testAppPerTest } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { HttpClient } from './support/http-client.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { childEnv } from './support/trellis.ts';

const t = testAppPerTest();
const servers: RunningServer[] = [];
const streams: LiveStream[] = [];

afterEach(async () => {
  await Promise.all(streams.splice(0).map((s) => s.close()));
  await Promise.all(servers.splice(0).map((s) => s.process.stop('SIGKILL')));
});

/** The same browser (its session cookies) talking to the child processes instead. */
function sameBrowser(client: TestClient): HttpClient {
  const browser = new HttpClient(BASE_URL);
  for (const [name, value] of client.cookies) browser.cookies.set(name, value);
  return browser;
}

async function subscribe(server: RunningServer, client: TestClient): Promise<LiveStream> {
  const stream = await LiveStream.open(`${server.url}/api/live`, client.cookies);
  streams.push(stream);
  expect(stream.status).toBe(200);
  return stream;
}

// Two `trellis serve` processes on the worker's PostgreSQL database, as behind a load balancer
// (same base URL, same keys). The people and their matches are made in-process on that database.
describe.skipIf(!process.env.DATABASE_URL)('live updates across two Trellis processes', () => {
  it('reach a page open on one process when the change is made through the other, and end on SIGTERM', async () => {
    const w = await twoProposedMatches(t());
    const { config, database } = t().ctx;
    const env = childEnv({
      DATABASE_URL: database.url,
      TRELLIS_BASE_URL: BASE_URL,
      TRELLIS_MASTER_KEY: config.masterKey,
      TRELLIS_AUTH_SECRET: config.authSecret,
    });
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    if (!a || !b) throw new Error('a server did not start');
    servers.push(a, b);

    const calOnA = await subscribe(a, w.cal.client);
    const coordinatorOnA = await subscribe(a, w.coordinator.client);
    const anaOnB = await subscribe(b, w.ana.client);
    const benOnA = await subscribe(a, w.ben.client);

    const declined = await sameBrowser(w.ana.client).post(`${b.url}/api/matches/${w.anaAndCal}/decline`, {
      reason: 'Not the right time',
    });
    expect(declined.status).toBe(200);
    expect(await calOnA.next()).toEqual(matchChanged(w.anaAndCal, 'declined'));
    expect(await coordinatorOnA.next()).toEqual(matchChanged(w.anaAndCal, 'declined'));
    expect(await anaOnB.next()).toEqual(matchChanged(w.anaAndCal, 'declined'));

    // Ben, on A too, is outside that match: the first thing he hears is his own match changing.
    const his = await sameBrowser(w.ben.client).post(`${b.url}/api/matches/${w.benAndDee}/decline`, { reason: 'No' });
    expect(his.status).toBe(200);
    expect(await benOnA.next()).toEqual(matchChanged(w.benAndDee, 'declined'));

    // Open streams do not hold a stopping process: A ends them and exits 0 (not killed after the grace).
    const stopped = await a.process.stop('SIGTERM');
    expect(stopped.code).toBe(0);
    expect(await calOnA.next()).toBeNull();
    expect(await coordinatorOnA.next()).toEqual(matchChanged(w.benAndDee, 'declined'));
    expect(await coordinatorOnA.next()).toBeNull();
  }, 300_000);
});
