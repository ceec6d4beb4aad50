import type { Page } from 'playwright-core';
import { chooseLanguage } from '../support/accessibility.ts';
import { text } from '../support/i18n.ts';
import { waitForHeading } from '../support/people.ts';
import { en, organization, people, program, type Tour } from './tour.ts';

/** The pages of the first person, who is both instance admin and the organization's admin. */
export async function checkAdminPages(tour: Tour): Promise<void> {
  const page = tour.pages.admin!;
  const orgPath = `/orgs/${tour.ids.org}`;
  const state = 'admin';
  const home = en('home.welcome', { name: people.admin.name });
  await tour.visit(page, '/', { route: '/', heading: home, state });

  await tour.visit(page, orgPath, { route: '/orgs/$orgId', heading: organization, state });
  await page.getByLabel('Email', { exact: true }).fill('noor@hillside.example');
  await page.getByLabel('Role', { exact: true }).selectOption('mentee');
  await page.getByLabel('Program', { exact: true }).selectOption({ label: program });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByTestId('invitation-link').waitFor();
  await tour.check(page, { route: '/orgs/$orgId', heading: organization, state: 'link handed over' });

  const orgAudit = en('audit.orgTitle', { organization });
  await tour.visit(page, `${orgPath}/audit`, { route: '/orgs/$orgId/audit', heading: orgAudit, state });
  await openFirstMail(tour, page, `${orgPath}/outbox`);
  const orgOutbox = en('outbox.orgTitle', { organization });
  await tour.check(page, { route: '/orgs/$orgId/outbox', heading: orgOutbox, state: 'an email open' });
  await tour.visit(page, '/instance/audit', { route: '/instance/audit', heading: en('audit.instanceTitle'), state });
  await openFirstMail(tour, page, '/instance/outbox');
  const instanceOutbox = en('outbox.instanceTitle');
  await tour.check(page, { route: '/instance/outbox', heading: instanceOutbox, state: 'an email open' });

  await tour.visit(page, `/programs/${tour.ids.program}`, { route: '/programs/$programId', heading: program, state });
  await tour.visit(page, '/two-factor', { route: '/two-factor', heading: en('twoFactor.title'), state: 'already on' });
  await page.getByText(en('twoFactor.onTitle')).waitFor();
  await tour.visit(page, '/account', { route: '/account', heading: en('account.title'), state });

  // The richest home, in Spanish.
  await page.goto(`${tour.server.baseUrl}/`);
  await waitForHeading(page, home);
  await chooseLanguage(page, 'es');
  const heading = text('es', 'home.welcome', { name: people.admin.name });
  await tour.check(page, { route: '/', language: 'es', heading, state });
}

async function openFirstMail(tour: Tour, page: Page, path: string): Promise<void> {
  await page.goto(`${tour.server.baseUrl}${path}`);
  await page.locator('.mantine-Accordion-control').first().click();
}
