import type { Page } from 'playwright-core';
import { chooseLanguage } from '../support/accessibility.ts';
import { linkInOutbox } from '../support/cast.ts';
import { type Language, languages, text } from '../support/i18n.ts';
import { waitForHeading } from '../support/people.ts';
import { en, password, people, resetPassword, type Tour } from './tour.ts';

/** Every page someone signed out can reach, in each state it has, in English and in Spanish. */
export async function checkPublicPages(tour: Tour): Promise<void> {
  const admin = tour.api(tour.pages.admin!);
  // Links only email carries: a password reset (asked for below) and an address confirmation,
  // asked for by the admin, whose address nobody confirmed yet (accepting an invitation does).
  await admin('POST', '/api/auth/send-verification-email', { email: people.admin.email });
  const mail = { verify: new URL(await linkInOutbox(admin, tour.ids.org, tour.server.baseUrl, '/verify-email')) };
  let reset: URL | null = null;

  for (const language of languages) {
    const t = (key: string) => text(language, key);
    const page = await tour.newPage('/sign-in');
    await waitForHeading(page, en('signIn.title'));
    if (language === 'es') await chooseLanguage(page, 'es');
    const at = (route: string, heading: string, state?: string) =>
      tour.check(page, { route, language, heading: t(heading), state });
    const open = (path: string, route: string, heading: string, state?: string) =>
      tour.visit(page, path, { route, language, heading: t(heading), state });

    await checkSignIn(page, language, at);
    await checkAccountsWithoutEmail(page, language, open, at);

    await open('/forgot-password', '/forgot-password', 'forgot.title');
    const someone = language === 'en' ? people.mentor.email : 'nobody@example.org';
    await page.getByLabel(t('fields.email'), { exact: true }).fill(someone);
    await page.getByRole('button', { name: t('forgot.submit') }).click();
    await page.getByText(t('forgot.sentTitle')).waitFor();
    await at('/forgot-password', 'forgot.title', 'link sent');

    reset ??= new URL(await linkInOutbox(admin, tour.ids.org, tour.server.baseUrl, '/reset-password'));
    await open(`${reset.pathname}${reset.search}`, '/reset-password', 'reset.title', 'with a token');
    if (language === 'en') {
      await page.getByLabel(t('fields.newPassword')).fill(resetPassword);
      await page.getByLabel(t('fields.confirmPassword')).fill(resetPassword);
      await page.getByRole('button', { name: t('reset.submit') }).click();
      await page.getByText(t('reset.doneTitle')).waitFor();
      await at('/reset-password', 'reset.title', 'password changed');
    }
    await open('/reset-password', '/reset-password', 'reset.title', 'without a token');

    await open(`${mail.verify.pathname}${mail.verify.search}`, '/verify-email', 'verifyEmail.title', 'with a token');
    if (language === 'en') await page.getByText(t('verifyEmail.doneTitle')).waitFor();
    await open('/verify-email?token=not-a-real-token', '/verify-email', 'verifyEmail.title', 'unknown token');
    await page.getByText(t('verifyEmail.failedTitle')).waitFor();
    await open('/verify-email', '/verify-email', 'verifyEmail.title', 'without a token');

    const invitation = (link: string, state: string) =>
      open(new URL(link, tour.server.baseUrl).pathname, '/invitations/$token', 'invitation.title', state);
    await invitation(tour.links.pending, 'new account');
    await page.getByLabel(t('fields.yourName')).waitFor();
    await invitation(tour.links.existing, 'existing account, signed out');
    await page.getByRole('link', { name: t('invitation.signInToAccept') }).waitFor();
    await invitation(tour.links.used, 'already used');
    await page.getByText(t('invitation.problems.INVITATION_USED.title')).waitFor();
    await invitation(`/invitations/${'x'.repeat(43)}`, 'unknown link');
    await page.getByText(t('invitation.problems.INVITATION_NOT_FOUND.title')).waitFor();

    await open('/no-such-page', '*', 'notFound.title');
  }
}

/** Sign-in: empty, with field errors, then the code step (app code, and recovery code). */
async function checkSignIn(
  page: Page,
  language: Language,
  at: (route: string, heading: string, state?: string) => Promise<void>,
): Promise<void> {
  const t = (key: string) => text(language, key);
  await at('/sign-in', 'signIn.title');
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
  await at('/sign-in', 'signIn.title', 'fields left empty');
  await page.getByLabel(t('fields.email'), { exact: true }).fill(people.admin.email);
  await page.getByLabel(t('fields.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await at('/sign-in', 'signIn.codeTitle', 'code from the app');
  await page.getByRole('button', { name: t('signIn.useRecovery') }).click();
  await page.getByLabel(t('fields.recoveryCode')).waitFor();
  await at('/sign-in', 'signIn.codeTitle', 'recovery code');
}

/** Young people without email: signing in with a username, and setting up an account with a code. */
async function checkAccountsWithoutEmail(
  page: Page,
  language: Language,
  open: (path: string, route: string, heading: string, state?: string) => Promise<void>,
  at: (route: string, heading: string, state?: string) => Promise<void>,
): Promise<void> {
  const t = (key: string) => text(language, key);
  await open('/sign-in', '/sign-in', 'signIn.title', 'with a username');
  await page.getByRole('button', { name: t('youngAccounts.useUsername') }).click();
  await page.getByLabel(t('youngAccounts.username'), { exact: true }).waitFor();
  await at('/sign-in', 'signIn.title', 'with a username');
  await open('/set-up-account', '/set-up-account', 'youngAccounts.setUpTitle');
  await page.getByRole('button', { name: t('youngAccounts.setUpSubmit') }).click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
  await at('/set-up-account', 'youngAccounts.setUpTitle', 'fields left empty');
  await page.getByLabel(t('youngAccounts.username'), { exact: true }).fill('nobody-here');
  await page.getByLabel(t('youngAccounts.code'), { exact: true }).fill('AAAA-BBBB-CCCC');
  await page.getByLabel(t('fields.newPassword'), { exact: true }).fill('a brand new passphrase');
  await page.getByLabel(t('fields.confirmPassword'), { exact: true }).fill('a brand new passphrase');
  await page.getByRole('button', { name: t('youngAccounts.setUpSubmit') }).click();
  await page.getByText(t('errors.SETUP_CODE_INVALID')).waitFor();
  await at('/set-up-account', 'youngAccounts.setUpTitle', 'a wrong code');
}
