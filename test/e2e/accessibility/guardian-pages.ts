import { acceptAsNewAccount, invite, linkInOutbox } from '../support/cast.ts';
import { languages, text } from '../support/i18n.ts';
import { en, password, type Tour } from './tour.ts';

/**
 * A 12-year-old applies naming a guardian; the guardian's page is checked in both languages,
 * signed out, then the guardian consents and sees "Your children" on the home page.
 */
export async function checkGuardianPages(tour: Tour): Promise<void> {
  const admin = tour.api(tour.pages.admin!);
  const { ids } = tour;
  const link = await invite(admin, ids.org, 'tomas@hillside.example', 'mentee', ids.program);
  const child = await tour.newPage();
  const childApi = tour.api(child);
  await acceptAsNewAccount(childApi, link, 'Tomás Young', password);
  await admin('PATCH', `/api/programs/${ids.program}/participation`, { menteeApplicationsOpen: true });
  await childApi('POST', `/api/programs/${ids.program}/applications`, {
    role: 'mentee',
    timeZone: 'Europe/London',
    birthDate: `${new Date().getUTCFullYear() - 12}-01-01`,
    guardianEmail: 'rosa@family.example',
    language: 'es',
  });
  const guardianLink = new URL(await linkInOutbox(admin, ids.org, tour.server.baseUrl, '/guardian/'));

  const guardian = await tour.newPage();
  for (const language of languages) {
    const path = `${guardianLink.pathname}?language=${language}`;
    await tour.visit(guardian, path, {
      route: '/guardian/$token',
      language,
      heading: text(language, 'guardian.title'),
      state: 'new account',
    });
    await guardian.getByRole('heading', { name: text(language, 'guardian.dataTitle') }).waitFor();
  }
  await tour.visit(guardian, `/guardian/${'x'.repeat(43)}?language=en`, {
    route: '/guardian/$token',
    heading: en('guardian.title'),
    state: 'unknown link',
  });
  await guardian.getByText(en('guardian.problems.GUARDIAN_LINK_NOT_FOUND.title')).waitFor();

  await guardian.goto(`${tour.server.baseUrl}${guardianLink.pathname}?language=en`);
  await guardian.getByLabel(en('fields.yourName')).fill('Rosa Guardian');
  await guardian.getByLabel(en('fields.password'), { exact: true }).fill(password);
  await guardian.getByLabel(en('fields.confirmPassword')).fill(password);
  await guardian.getByRole('button', { name: en('guardian.consent') }).click();
  await guardian.getByRole('heading', { name: en('guardian.childrenTitle') }).waitFor();
  await tour.check(guardian, { route: '/', heading: en('home.welcome', { name: 'Rosa Guardian' }), state: 'guardian' });
}
