import { chooseLanguage } from '../support/accessibility.ts';
import { text } from '../support/i18n.ts';
import { enrolTwoFactor, waitForHeading } from '../support/people.ts';
import { en, organization, password, people, type Tour } from './tour.ts';

/**
 * The three setup steps while the instance is empty, in Spanish (switched in the header, then
 * left unfinished) and in English, which completes setup; then the admin's enrolment steps.
 */
export async function checkSetupPages(tour: Tour): Promise<void> {
  const { admin } = people;
  for (const language of ['es', 'en'] as const) {
    const t = (key: string) => text(language, key);
    const page = await tour.newPage('/setup');
    await waitForHeading(page, en('setup.title'));
    if (language === 'es') await chooseLanguage(page, 'es');
    const at = (state: string) => tour.check(page, { route: '/setup', language, heading: t('setup.title'), state });
    await at('step 1, token');
    await page.getByLabel(t('setup.token')).fill(tour.server.setupToken!);
    await page.getByRole('button', { name: t('common.next') }).click();
    await page.getByLabel(t('fields.organizationName')).fill(organization);
    await at('step 2, organization');
    await page.getByRole('button', { name: t('common.next') }).click();
    await page.getByLabel(t('fields.yourName')).fill(admin.name);
    await at('step 3, admin account');
    if (language === 'es') continue;

    await page.getByLabel('Email', { exact: true }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Create organization and account' }).click();
    await enrolTwoFactor(page, password, (step) =>
      tour.check(page, { route: '/two-factor', heading: en('twoFactor.title'), state: `admin, ${step} step` }),
    );
    await waitForHeading(page, en('home.welcome', { name: admin.name }));
    tour.pages.admin = page;
  }
}
