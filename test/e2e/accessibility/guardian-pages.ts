import { chooseLanguage } from '../support/accessibility.ts';
import { acceptAsNewAccount, bringToReady, invite, linkInOutbox } from '../support/cast.ts';
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
  const applied = await childApi<{ id: string }>('POST', `/api/programs/${ids.program}/applications`, {
    role: 'mentee',
    timeZone: 'Europe/London',
    languages: ['es', 'en'],
    availability: [{ day: 'wed', start: '15:30', end: '18:00' }],
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
  tour.minor = { child, guardian, participantId: applied.id };
}

/**
 * Later, once the other walks are done with the program: the guardian's child is matched with a
 * new mentor and has a meeting; the guardian's home shows the match and the meeting, in English
 * and Spanish. (Staff and the pair act through the API with their browsers' cookies.)
 */
export async function checkGuardianSchedule(tour: Tour): Promise<void> {
  const { ids, minor } = tour;
  if (!minor) throw new Error('checkGuardianPages runs first');
  const admin = tour.api(tour.pages.admin!);
  const childApi = tour.api(minor.child);
  await bringToReady(admin, childApi, ids.program, minor.participantId, { through: ['training'], screen: false });

  const mentorPage = await tour.newPage();
  const mentorApi = tour.api(mentorPage);
  await acceptAsNewAccount(
    mentorApi,
    await invite(admin, ids.org, 'noor@hillside.example', 'mentor', ids.program),
    'Noor Mentor',
    password,
  );
  await admin('PATCH', `/api/programs/${ids.program}/participation`, { mentorApplicationsOpen: true });
  const mentor = await mentorApi<{ id: string }>('POST', `/api/programs/${ids.program}/applications`, {
    role: 'mentor',
    timeZone: 'Europe/London',
    languages: ['en'],
    availability: [{ day: 'wed', start: '16:00', end: '18:00' }],
    birthDate: `${new Date().getUTCFullYear() - 19}-01-01`,
    capacity: 1,
  });
  await bringToReady(admin, mentorApi, ids.program, mentor.id, { through: ['screening', 'training'], screen: true });

  const agreement = await childApi<{ id: string }>('GET', `/api/programs/${ids.program}/agreement?language=en`);
  const match = await childApi<{ id: string }>('POST', `/api/participants/${minor.participantId}/mentor-requests`, {
    mentorParticipantId: mentor.id,
    agreementVersionId: agreement.id,
  });
  const offered = await mentorApi<{ agreement: { versionId: string } }>('GET', `/api/matches/${match.id}`);
  await mentorApi('POST', `/api/matches/${match.id}/acceptance`, { agreementVersionId: offered.agreement.versionId });
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  await mentorApi('POST', `/api/matches/${match.id}/meetings`, {
    localStart: `${inTwoDays}T16:00`,
    timeZone: 'Europe/London',
    durationMinutes: 45,
    location: 'Hillside library',
  });

  const home = { route: '/', heading: en('home.welcome', { name: 'Rosa Guardian' }) };
  await minor.guardian.goto(`${tour.server.baseUrl}/`);
  const meetings = minor.guardian.getByRole('table', { name: en('guardian.meetingsCaption') });
  await meetings.getByRole('cell', { name: 'Hillside library' }).waitFor();
  await meetings.getByRole('cell', { name: en('guardian.meetingStatus.planned') }).waitFor();
  await tour.check(minor.guardian, { ...home, state: 'guardian, child matched with a meeting' });
  await chooseLanguage(minor.guardian, 'es');
  await minor.guardian
    .getByRole('heading', { name: text('es', 'guardian.meetingsTitle', { child: 'Tomás' }) })
    .waitFor();
  await tour.check(minor.guardian, {
    ...home,
    heading: text('es', 'home.welcome', { name: 'Rosa Guardian' }),
    language: 'es',
    state: 'guardian, child matched with a meeting',
  });
  await chooseLanguage(minor.guardian, 'en');
}
