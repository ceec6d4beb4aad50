import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type apiOf, totpCode, watchLoads } from './people.ts';
import { type RunningServer, startServer } from './server.ts';

/**
 * A journey file's server and browser, started once for the file, with a browser context per
 * person (their own cookies) and every page's uncaught errors collected for the journey's end.
 */
export function journey() {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.stop();
  });

  return {
    pageErrors,
    server(): RunningServer {
      if (!server) throw new Error('journey(): the server starts in beforeAll');
      return server;
    },
    async newContext(): Promise<BrowserContext> {
      if (!browser) throw new Error('journey(): the browser starts in beforeAll');
      const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Madrid' });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      return context;
    },
    async newPage(context: BrowserContext): Promise<Page> {
      const page = await context.newPage();
      watchLoads(page);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
  };
}

/** Turns on two-factor for the signed-in staff member behind `api`, as the enrolment page would. */
export async function enrolTwoFactor(api: ReturnType<typeof apiOf>, password: string): Promise<void> {
  const { totpURI } = await api<{ totpURI: string }>('POST', '/api/auth/two-factor/enable', { password });
  await api('POST', '/api/auth/two-factor/verify-totp', { code: totpCode(totpURI) });
}
