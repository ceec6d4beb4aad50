import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { publishMatchChange } from '../../src/server/features/live/publish-match-change.ts';
import { type TestApp, testAppPerTest } from '../support/test-app.ts';
import { TestClient } from '../support/test-client.ts';
import { LiveStream, matchChanged } from './support/live-stream.ts';
import { twoProposedMatches as proposedMatches } from './support/proposed-matches.ts';

const t = testAppPerTest();
const isPostgres = Boolean(process.env.DATABASE_URL);

// The worker's app answers app.inject; a stream needs a real socket, opened once for this file.
let listening: TestApp['app'] | null = null;
async function liveUrl(): Promise<string> {
  const { app } = t();
  if (!app.server.listening) {
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    listening = app;
  }
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/live`;
}
afterAll(async () => {
  const server = listening?.server;
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const opened: LiveStream[] = [];
async function subscribe(client: TestClient): Promise<LiveStream> {
  const stream = await LiveStream.open(await liveUrl(), client.cookies);
  opened.push(stream);
  return stream;
}
async function closeAll() {
  await Promise.all(opened.splice(0).map((s) => s.close()));
}

const twoProposedMatches = () => proposedMatches(t());

describe('GET /api/live', () => {
  it('tells the pair and program staff that their match changed, and nobody else', async () => {
    const w = await twoProposedMatches();
    try {
      const ana = await subscribe(w.ana.client);
      const cal = await subscribe(w.cal.client);
      const coordinator = await subscribe(w.coordinator.client);
      const admin = await subscribe(w.admin);
      const ben = await subscribe(w.ben.client);
      expect(ana.status).toBe(200);
      expect(ana.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(ana.headers.get('cache-control')).toBe('no-cache, no-transform');
      expect(ana.text).toMatch(/^retry: \d+\n/);
      // The app's usual headers still apply to a stream (helmet, the request id).
      expect(ana.headers.get('x-content-type-options')).toBe('nosniff');
      expect(ana.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      const declined = await w.cal.client.post(`/api/matches/${w.anaAndCal}/decline`, { reason: 'Not now' });
      expect(declined.status).toBe(200);
      for (const stream of [ana, cal, coordinator, admin]) {
        expect(await stream.next()).toEqual(matchChanged(w.anaAndCal, 'declined'));
      }
      // Ben's match changes after Ana's: the first thing Ben hears is his own match, not theirs.
      expect((await w.ben.client.post(`/api/matches/${w.benAndDee}/decline`, { reason: 'No' })).status).toBe(200);
      expect(await ben.next()).toEqual(matchChanged(w.benAndDee, 'declined'));
      expect(await coordinator.next()).toEqual(matchChanged(w.benAndDee, 'declined'));
      expect(ana.text).not.toContain(w.benAndDee);
    } finally {
      await closeAll();
    }
  });

  it('sends nothing for a change that was rolled back', async () => {
    const w = await twoProposedMatches();
    try {
      const cal = await subscribe(w.cal.client);
      const rolledBack = t().database.db.transaction(async (tx) => {
        await publishMatchChange(tx, w.anaAndCal, 'never-happened');
        throw new Error('changed my mind');
      });
      await expect(rolledBack).rejects.toThrow('changed my mind');
      const accepted = await w.cal.client.post(`/api/matches/${w.anaAndCal}/acceptance`, {
        agreementVersionId: (await w.cal.client.get(`/api/matches/${w.anaAndCal}`)).body.agreement.versionId,
      });
      expect(accepted.status).toBe(200);
      expect(await cal.next()).toEqual(matchChanged(w.anaAndCal, 'accepted'));
    } finally {
      await closeAll();
    }
  });

  it('answers someone not signed in with the usual 401, not a stream', async () => {
    const res = await new TestClient(t().app).get('/api/live');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
    const openapi = await new TestClient(t().app).get('/api/openapi.json');
    expect(openapi.body.paths['/api/live'].get.description).toContain('event: match-changed');
  });

  it('holds at most ten streams per person in one process', async () => {
    const w = await twoProposedMatches();
    try {
      const streams = await Promise.all(Array.from({ length: 10 }, () => subscribe(w.cal.client)));
      expect(streams.map((s) => s.status)).toEqual(Array(10).fill(200));
      const refused = await w.cal.client.get('/api/live');
      expect(refused.status).toBe(429);
      expect(refused.body.error).toMatchObject({ code: 'RATE_LIMITED', details: { limit: 10 } });
      await streams[0]?.close();
      // Once the server has seen one go, there is room for another.
      let again = await subscribe(w.cal.client);
      while (again.status === 429) again = await subscribe(w.cal.client);
      expect(again.status).toBe(200);
    } finally {
      await closeAll();
    }
  });

  it.skipIf(!isPostgres)('listens again after PostgreSQL drops its connection, and says to fetch again', async () => {
    const w = await twoProposedMatches();
    try {
      const cal = await subscribe(w.cal.client);
      const { rows } = await t().database.query<{ ended: boolean }>(
        "select pg_terminate_backend(pid) as ended from pg_stat_activity where application_name = 'trellis-live' and datname = current_database()",
      );
      expect(rows).toEqual([{ ended: true }]);
      expect(await cal.next()).toEqual({ event: 'resync', data: {} });
      expect((await w.cal.client.post(`/api/matches/${w.anaAndCal}/decline`, { reason: 'Later' })).status).toBe(200);
      expect(await cal.next()).toEqual(matchChanged(w.anaAndCal, 'declined'));
    } finally {
      await closeAll();
    }
  });
});
