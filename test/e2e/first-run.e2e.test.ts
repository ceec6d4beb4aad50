import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { enrolTwoFactor, signIn, signOut, waitForHeading, watchLoads } from './support/people.ts';
import { type RunningServer, startServer } from './support/server.ts';

// The journey of issue 2, only through the pages a person sees: no API shortcuts, no backdoors.

const organization = 'Riverside Community Hub';
const program = 'Spring Reading Buddies';
const admin = { name: 'Ada Admin', email: 'ada@riverside.example', password: 'correct horse battery' };
const coordinator = { name: 'Cora Coordinator', email: 'cora@riverside.example', password: 'violet kettle meadow' };

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  const page = await context.newPage();
  watchLoads(page);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.stop();
});

test('the first person sets up Trellis, invites a coordinator, who joins and signs in again with a code', async () => {
  expect(server.setupToken, server.output()).toBeTruthy();
  const page = await newPage();

  // First run: the empty instance sends everyone to setup, which asks for the printed token.
  await page.goto(server.baseUrl);
  await waitForHeading(page, 'Set up Trellis');
  await page.getByLabel('Setup token').fill(server.setupToken!);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Organization name').fill(organization);
  await page.getByLabel('Kind of organization').selectOption('community');
  await page.getByRole('combobox', { name: 'Time zone' }).fill('Madrid');
  await page.getByRole('option', { name: 'Europe/Madrid' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Your name').fill(admin.name);
  await page.getByLabel('Email', { exact: true }).fill(admin.email);
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByLabel('Confirm password').fill(admin.password);
  await page.getByRole('button', { name: 'Create organization and account' }).click();

  // An admin must enrol in two-factor before anything else.
  await enrolTwoFactor(page, admin.password);
  await waitForHeading(page, `Welcome, ${admin.name}`);
  await page.getByRole('heading', { name: 'Organizations you run' }).waitFor();

  // The organization page: create a program.
  await page.getByRole('link', { name: organization }).first().click();
  await waitForHeading(page, organization);
  await page.getByText('Community organization · Europe/Madrid').waitFor();
  await page.getByLabel('Program name').fill(program);
  expect(await page.getByLabel('Short name for links').inputValue()).toBe('spring-reading-buddies');
  await page.getByRole('button', { name: 'Create program' }).click();
  await page.getByRole('link', { name: program }).first().waitFor();

  // Invite a coordinator of that program; without a mail server the link is handed over.
  await page.getByLabel('Email', { exact: true }).fill(coordinator.email);
  await page.getByLabel('Role', { exact: true }).selectOption('coordinator');
  await page.getByLabel('Program', { exact: true }).selectOption({ label: program });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const handedOver = await page.getByTestId('invitation-link').getAttribute('href');
  expect(handedOver).toMatch(new RegExp(`^${server.baseUrl}/invitations/`));
  await page
    .getByRole('row', { name: new RegExp(coordinator.email) })
    .getByText('Open')
    .waitFor();

  // The same link is in the email kept in the organization's outbox.
  await page.getByRole('main').getByRole('link', { name: 'Outbox' }).click();
  await waitForHeading(page, `Outbox: ${organization}`);
  await page.getByRole('button', { name: new RegExp(`To ${coordinator.email}`) }).click();
  const mailedLink = await page.getByRole('link', { name: handedOver! }).getAttribute('href');
  expect(mailedLink).toBe(handedOver);

  await signOut(page);

  // The coordinator opens the link in their own browser and creates an account.
  const coordinatorPage = await newPage();
  await coordinatorPage.goto(mailedLink!);
  await waitForHeading(coordinatorPage, 'Invitation');
  await coordinatorPage.getByText(`You are invited to join ${program} at ${organization} as Coordinator.`).waitFor();
  await coordinatorPage.getByText(`This invitation is for ${coordinator.email}.`).waitFor();
  await coordinatorPage.getByLabel('Your name').fill(coordinator.name);
  await coordinatorPage.getByLabel('Password', { exact: true }).fill(coordinator.password);
  await coordinatorPage.getByLabel('Confirm password').fill(coordinator.password);
  await coordinatorPage.getByRole('button', { name: 'Accept invitation' }).click();

  // Coordinators see people's information: two-factor comes first, then their home.
  const uri = await enrolTwoFactor(coordinatorPage, coordinator.password);
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  await waitForHeading(coordinatorPage, `Welcome, ${coordinator.name}`);
  await signOut(coordinatorPage);

  // Signing in again asks for the password, then a code from the app.
  await signIn(coordinatorPage, coordinator.email, coordinator.password, uri);
  await waitForHeading(coordinatorPage, `Welcome, ${coordinator.name}`);
  await coordinatorPage.getByRole('heading', { name: 'Programs you coordinate' }).waitFor();
  const card = coordinatorPage.locator('.mantine-Card-root', { hasText: program });
  await card.getByText(`Coordinator · ${organization}`).waitFor();
  await card.getByRole('link', { name: program }).click();
  await waitForHeading(coordinatorPage, program);
  await coordinatorPage.getByText(`A program of ${organization}.`).waitFor();

  expect(pageErrors).toEqual([]);
});
