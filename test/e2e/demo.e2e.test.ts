import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { apiOf, signIn, waitForContent, waitForHeading, watchLoads } from './support/people.ts';
import { type RunningServer, startServer } from './support/server.ts';

// The demo as someone trying Trellis uses it: `trellis demo` on a fresh data folder, then `trellis
// serve` on it. The community program's coordinator signs in with what the demo printed (the one
// password, her TOTP secret), finds the meeting a pair remember differently, and resolves it.

let server: RunningServer;
let browser: Browser;
let printed = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({}, (dataDir, baseUrl) => {
      printed = execFileSync(process.execPath, ['src/cli/main.ts', 'demo', '--data', dataDir], {
        env: { ...process.env, DATABASE_URL: '', SMTP_URL: '', TRELLIS_BASE_URL: baseUrl, LOG_LEVEL: 'warn' },
        encoding: 'utf8',
      });
    }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What the demo printed for a staff member: `<Role> of <where>: Name <email>` then their TOTP URI. */
function staffMember(role: string, where: string): { email: string; uri: string } {
  const at = printed.indexOf(`${role} of ${where}`);
  const block = printed.slice(at, printed.indexOf('recovery code', at));
  const email = block.match(/<([^>]+)>/)?.[1];
  const uri = block.match(/otpauth URI:\s+(\S+)/)?.[1];
  if (at < 0 || !email || !uri) throw new Error(`the demo printed no ${role} of ${where}:\n${printed}`);
  return { email, uri };
}

test("the demo's coordinator resolves the meeting a pair remember differently", async () => {
  const password = printed.match(/Password of every demo account: (\S+)/)?.[1];
  expect(password).toBeDefined();
  const coordinator = staffMember('Coordinator', 'Northside Youth Network');

  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'America/New_York' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  watchLoads(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.baseUrl}/sign-in`);
  await signIn(page, coordinator.email, password!, coordinator.uri);
  await waitForHeading(page, 'Welcome, Widelene Charles');

  // Her program's follow-through figures name the match with a disputed meeting.
  const api = apiOf(context, server.baseUrl);
  const me = await api<{ roles: { role: string; programId: string | null }[] }>('GET', '/api/me');
  const programId = me.roles.find((r) => r.role === 'coordinator')!.programId!;
  type Row = { matchId: string; figures: { disputed: number } };
  const rows = await api<Row[]>('GET', `/api/programs/${programId}/consistency`);
  const disputed = rows.filter((row) => row.figures.disputed > 0);
  expect(disputed).toHaveLength(1);

  await page.goto(`${server.baseUrl}/matches/${disputed[0]!.matchId}/schedule`);
  await waitForContent(page);
  const item = page.getByRole('listitem').filter({ has: page.getByText('Disputed', { exact: true }) });
  const form = item.getByRole('form', { name: /^Resolve the meeting of / });
  await form.getByRole('radio', { name: 'The meeting was held' }).check();
  await form.getByRole('button', { name: 'Resolve' }).click();
  await page.getByRole('status').filter({ hasText: 'The meeting was resolved.' }).waitFor();
  await page.getByText('Disputed', { exact: true }).waitFor({ state: 'detached' });

  const after = await api<Row[]>('GET', `/api/programs/${programId}/consistency`);
  expect(after.filter((row) => row.figures.disputed > 0)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}, 90_000);
