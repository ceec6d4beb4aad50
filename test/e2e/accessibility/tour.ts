import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAccessibilityReport, type PageUnderCheck } from '../support/accessibility.ts';
import { type Language, text } from '../support/i18n.ts';
import { apiOf, watchLoads } from '../support/people.ts';
import type { RunningServer } from '../support/server.ts';

// What the accessibility walks share: one server, the people they bring in, the report they fill.

export const password = 'correct horse battery';
/** The mentor's password once the public pages' walk has reset it (which signs them out). */
export const resetPassword = 'a brand new passphrase';
export const organization = 'Hillside Secondary School';
export const program = 'Reading Buddies';
export const people = {
  admin: { name: 'Ada Admin', email: 'ada@hillside.example' },
  coordinator: { name: 'Cora Coordinator', email: 'cora@hillside.example' },
  safeguarding: { name: 'Sam Safeguarding', email: 'sam@hillside.example' },
  mentor: { name: 'Milo Mentor', email: 'milo@hillside.example' },
  mentee: { name: 'Mia Mentee', email: 'mia@hillside.example' },
};

export const en = (key: string, values?: Record<string, string>) => text('en', key, values);

export type Tour = ReturnType<typeof createTour>;
type PageCheck = Omit<PageUnderCheck, 'language'> & { language?: Language };

export function createTour(server: RunningServer, browser: Browser) {
  const contexts: BrowserContext[] = [];
  const report = createAccessibilityReport();
  const pages: Record<'admin' | 'coordinator' | 'mentor' | 'mentee', Page | null> = {
    admin: null,
    coordinator: null,
    mentor: null,
    mentee: null,
  };

  /** A page in a fresh browser context (a person of their own), opened at `path` if given. */
  async function newPage(path?: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-GB' });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    watchLoads(page);
    page.on('pageerror', (error) => report.problems.push(`uncaught error on ${page.url()}: ${error.message}`));
    if (path) await page.goto(`${server.baseUrl}${path}`);
    return page;
  }

  /** Checks the page on screen (in English unless said). */
  const check = (page: Page, what: PageCheck) => report.check(page, { language: 'en', ...what });

  /** Opens `path` in the page and checks it. */
  async function visit(page: Page, path: string, what: PageCheck) {
    await page.goto(`${server.baseUrl}${path}`);
    await check(page, what);
  }

  return {
    server,
    report,
    pages,
    newPage,
    check,
    visit,
    ids: { org: '', program: '', otherProgram: '' },
    /** The 12-year-old whose guardian consents (guardian-pages.ts), once they have applied. */
    minor: null as { child: Page; guardian: Page; participantId: string } | null,
    /** Invitation links in the states the invitation page shows: open, for an existing account, used. */
    links: { pending: '', existing: '', used: '' },
    api: (page: Page) => apiOf(page.context(), server.baseUrl),
    close: () => Promise.all(contexts.map((context) => context.close())),
  };
}
