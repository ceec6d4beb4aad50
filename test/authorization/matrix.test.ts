import { describe, expect, it, vi } from 'vitest';
import { testAppPerTest } from '../support/test-app.ts';
import { TestClient } from '../support/test-client.ts';
import { accountExpectations, type Expectation, routeExpectations } from './expectations.ts';
import { meetingBuilders } from './meeting-requests.ts';
import { buildMeetings } from './meeting-world.ts';
import { registeredRoutes, WEB_APP_FILE } from './registered-routes.ts';
import { hasBuilder } from './requests.ts';
import { runMatrix } from './run-matrix.ts';
import { buildWorld } from './world.ts';

const t = testAppPerTest();
const everyRow: Expectation[] = [...routeExpectations, ...accountExpectations];

/** The only routes that answer someone not signed in with anything but an error, and why. */
const PUBLIC_ROUTES: Record<string, string> = {
  'GET /healthz': 'liveness probe for the load balancer',
  'GET /readyz': 'readiness probe for the load balancer',
  'GET /api/openapi.json': 'the API description is public',
  'GET /api/docs': 'the API reference page',
  'GET /api/docs/': 'the API reference page',
  'GET /api/docs/static/index.html': 'the API reference page',
  'GET /api/docs/static/swagger-initializer.js': 'the API reference page',
  'GET /api/docs/static/*': 'the API reference page',
  'GET /api/docs/json': 'the API description again, for the reference page',
  'GET /api/docs/yaml': 'the API description again, for the reference page',
  [WEB_APP_FILE]: "the web app's own code (HTML, scripts, styles): no data",
  'GET /api/setup': 'the web app asks whether to show the first-run page (a yes or no only)',
  'GET /api/invitations/:token': 'the link is the credential: its holder sees what it offers',
  'POST /api/invitations/:token/accept': 'the link is the credential: its holder creates the account',
  'GET /api/guardian-links/:token': 'the link is the credential: its holder reads what a guardian consents to',
  'POST /api/guardian-links/:token/consent': 'the link is the credential: its holder consents and creates the account',
  'POST /api/setup-codes/redeem':
    'the one-time code is the credential: its holder sets the password (limited per address)',
  'GET /calendar/:token.ics': "the feed's secret address is the credential: calendar apps fetch it without a session",
  'GET /api/auth/ok': "better-auth's liveness answer",
  'GET /api/auth/error': "better-auth's error page for failed redirects",
  'GET /api/auth/get-session': 'answers null without a session',
  'POST /api/auth/sign-out': 'signing out without a session changes nothing',
  'GET /api/auth/callback/:id': 'no social providers: redirects to the error page',
  'POST /api/auth/callback/:id': 'no social providers: redirects to the error page',
  'GET /api/auth/reset-password/:token': 'the emailed link redirects to our reset page',
  'POST /api/auth/send-verification-email': 'the same answer for every address, so nobody learns who has an account',
  'POST /api/auth/request-password-reset': 'the same answer for every address, so nobody learns who has an account',
};

/** What better-auth writes to console.error when asked for the features this house turned off. */
const EXPECTED_AUTH_LOGS = [
  /Provider not found/,
  /State mismatch/,
  /Delete user is disabled/,
  /Change email is disabled/,
  /send otp isn't configured/,
  /Invalid callbackURL: https:\/\/evil\.example/,
];

/** The rows of routes this build registers (the web app's files exist only once it is built). */
async function askable(rows: Expectation[]): Promise<Expectation[]> {
  const registered = await registeredRoutes(t().app, new TestClient(t().app));
  return rows.filter((e) => registered.includes(e.route));
}

/** Building the world (two organizations, their people and participants) and asking every row takes
 * about a minute alone, twice that on a busy machine; the margin keeps a loaded CI from failing it. */
const MATRIX_TIMEOUT = 300_000;

const key = (e: Expectation) => `${e.route} | ${e.scope} | ${e.variant ?? ''}`;

describe('the authorization matrix (test/authorization/expectations.ts)', () => {
  it('has expectations for every route the app registers, and for no route it does not', async () => {
    const registered = await registeredRoutes(t().app, new TestClient(t().app));
    const expected = [...new Set(everyRow.map((e) => e.route))].sort();
    const unbuilt = registered.includes(WEB_APP_FILE) ? [] : [WEB_APP_FILE];
    expect(expected.filter((route) => !registered.includes(route) && !unbuilt.includes(route))).toEqual([]);
    expect(registered.filter((route) => !expected.includes(route))).toEqual([]);
    expect(expected.filter((route) => !hasBuilder(route))).toEqual([]);
  });

  it('checks routes with an organization or program in the path from inside and from outside', () => {
    const scoped = everyRow.filter((e) => /:(orgId|programId)/.test(e.route));
    const missing = [...new Set(scoped.map((e) => e.route))].flatMap((route) =>
      (['own', 'other'] as const)
        .filter((scope) => !scoped.some((e) => e.route === route && e.scope === scope))
        .map((scope) => `${route} has no "${scope}" row`),
    );
    expect(missing).toEqual([]);
    const keys = everyRow.map(key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('lets nobody in without signing in except on the public allow-list', () => {
    const open = everyRow.filter((e) => e.statuses[0] < 400).map((e) => e.route);
    expect(open.filter((route) => !(route in PUBLIC_ROUTES))).toEqual([]);
    expect(Object.keys(PUBLIC_ROUTES).filter((route) => !open.includes(route))).toEqual([]);
  });

  it(
    "answers Trellis's routes as the table says for every role, and never shows another organization's ids",
    async () => {
      const world = await buildWorld(t(), { withMatching: true });
      const rows = await askable(routeExpectations);
      // The schedules need the matching rows' outcome (the mentee's chosen mentor): built in between.
      const meetingsFrom = rows.findIndex((e) => e.route in meetingBuilders);
      expect(meetingsFrom).toBeGreaterThan(0);
      const problems = await runMatrix(t(), world, rows.slice(0, meetingsFrom));
      world.meetings = await buildMeetings(t(), world);
      problems.push(...(await runMatrix(t(), world, rows.slice(meetingsFrom))));
      expect(problems).toEqual([]);
    },
    MATRIX_TIMEOUT,
  );

  it(
    "answers better-auth's account routes as the table says, and leaves another organization's session alone",
    async () => {
      const world = await buildWorld(t());
      const logged: string[] = [];
      vi.mocked(console.error).mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
      expect(await runMatrix(t(), world, await askable(accountExpectations))).toEqual([]);
      expect(logged.filter((line) => !EXPECTED_AUTH_LOGS.some((known) => known.test(line)))).toEqual([]);
      expect((await world.other.admin.client.get('/api/me')).status).toBe(200);
    },
    MATRIX_TIMEOUT,
  );
});
