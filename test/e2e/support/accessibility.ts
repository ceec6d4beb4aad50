import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { seriousViolations } from './browser.ts';
import type { Language } from './i18n.ts';
import { waitForContent, waitForHeading } from './people.ts';

export interface PageUnderCheck {
  /** The route's pattern as in route-tree.tsx, e.g. '/orgs/$orgId'; '*' for an unknown address. */
  route: string;
  language: Language;
  /** The page's h1 in that language: waiting for it is how we know the page is the one meant. */
  heading: string;
  /** Which state of the page, when a route has several (a step, an error, a role). */
  state?: string;
}

/**
 * Collects, for every page checked, what is wrong with it, so one run reports every page at
 * once: axe-core's serious and critical violations, more or fewer than one h1, an empty title.
 */
export function createAccessibilityReport() {
  const problems: string[] = [];
  const checkedRoutes = new Set<string>();
  let checkedPages = 0;

  async function check(page: Page, { route, language, heading, state }: PageUnderCheck): Promise<void> {
    await waitForHeading(page, heading);
    await waitForContent(page);
    // A dialog or popover still fading in has text at part opacity, which axe measures as too
    // faint: check the page once it has settled, when no finite transition or animation is
    // running (an endless one, such as a progress bar's stripes, never ends).
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
        ),
    );
    const where = `${route}${state ? ` (${state})` : ''} [${language}]`;
    const facts = await page.evaluate(() => ({
      h1s: document.querySelectorAll('h1').length,
      title: document.title.trim(),
      lang: document.documentElement.lang,
    }));
    if (facts.h1s !== 1) problems.push(`${where}: ${facts.h1s} h1 elements, expected exactly one`);
    if (!facts.title) problems.push(`${where}: empty document.title`);
    if (facts.lang !== language) problems.push(`${where}: <html lang="${facts.lang}">, expected "${language}"`);
    for (const violation of await seriousViolations(page)) {
      problems.push(
        `${where}: ${violation.impact} ${violation.id} (${violation.help}) at ${violation.targets.join(' | ')}`,
      );
    }
    checkedRoutes.add(route);
    checkedPages += 1;
  }

  return { check, problems, checkedRoutes, checkedPages: () => checkedPages };
}

/** Every path the web app declares, read from its route tree, so a new page cannot go unchecked. */
export function declaredRoutes(): string[] {
  const source = readFileSync(new URL('../../../src/web/app/route-tree.tsx', import.meta.url), 'utf8');
  return [...source.matchAll(/path: '([^']+)'/g)].map((match) => match[1]!);
}

/** The header's language switch, as a person would use it. */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  await page.getByRole('banner').locator('select').selectOption(language);
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
}
