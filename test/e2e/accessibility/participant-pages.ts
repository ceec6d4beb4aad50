import type { Page } from 'playwright-core';
import { text } from '../support/i18n.ts';
import { waitForHeading } from '../support/people.ts';
import { en, people, program, type Tour } from './tour.ts';

interface Progress {
  modules: { moduleId: string; title: string }[];
}
interface TrainingModule {
  title: string;
  questions: { options: { text: string }[] }[];
}

/**
 * From the field before the grid, Tab lands on the grid's one tab stop (Monday 07:00); PageDown
 * moves two hours. Space marks Monday 16:00, Shift with the arrows carries the mark on to 18:00,
 * and Enter then Shift+Up marks Wednesday 17:00 to 18:00.
 */
async function markTimesWithKeyboard(page: Page): Promise<void> {
  const grid = page.getByRole('grid', { name: new RegExp(en('participants.availability')) });
  const cell = (day: string, start: string, end: string, state: string) =>
    grid.getByRole('gridcell', {
      name: en('availabilityGrid.cell', {
        day: en(`weekDays.${day}`),
        start,
        end,
        state: en(`availabilityGrid.${state}`),
      }),
      exact: true,
    });
  await page.getByLabel(en('participants.gender')).press('Tab');
  await cell('mon', '07:00', '07:30', 'notAvailable').and(page.locator(':focus')).waitFor();
  for (const key of ['PageDown', 'PageDown', 'PageDown', 'PageDown', 'ArrowDown', 'ArrowDown', 'Space']) {
    await page.keyboard.press(key);
  }
  await cell('mon', '16:00', '16:30', 'available').and(page.locator(':focus')).waitFor();
  for (const key of ['Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowDown', 'ArrowRight', 'ArrowRight', 'Enter']) {
    await page.keyboard.press(key);
  }
  await page.keyboard.press('Shift+ArrowUp');
  await cell('wed', '17:00', '17:30', 'available').and(page.locator(':focus')).waitFor();
}

const participantIdIn = (page: Page) => new URL(page.url()).pathname.split('/')[2]!;

/**
 * Participants' pages: the coordinator opens the forms, the mentor applies, trains and acknowledges
 * the agreement on the pages, and the coordinator moves people on and records a screening check.
 */
export async function checkParticipantPages(tour: Tour): Promise<void> {
  const { ids, pages } = tour;
  const cora = pages.coordinator!;
  const milo = pages.mentor!;
  const listPath = `/programs/${ids.program}/participants`;
  const listHeading = en('participants.title', { program });
  const list = { route: '/programs/$programId/participants', heading: listHeading };

  // The coordinator opens both application forms on the participants page (empty so far).
  await tour.visit(cora, listPath, { ...list, state: 'coordinator, no participants' });
  await cora.getByRole('switch', { name: en('participants.mentorFormOpen') }).check({ force: true });
  await cora.getByRole('switch', { name: en('participants.menteeFormOpen') }).check({ force: true });
  await cora.getByRole('button', { name: en('participants.saveSettings') }).click();
  await cora.getByText(en('participants.settingsSaved')).waitFor();

  // An account without email for a young person: the one-time code on its printable card.
  const withoutEmail = cora.getByRole('region', { name: en('youngAccounts.title') });
  await withoutEmail.getByLabel(en('fields.name'), { exact: true }).fill('Sam K');
  await withoutEmail.getByLabel(en('youngAccounts.username'), { exact: true }).fill('sam.k');
  await withoutEmail.getByRole('button', { name: en('youngAccounts.create') }).click();
  await cora.getByTestId('handover-code').waitFor();
  await tour.check(cora, { ...list, state: 'coordinator, setup code handed over' });

  // The mentor applies on the form, with a language and weekly times marked on the grid by keyboard.
  const apply = { route: '/programs/$programId/apply', heading: en('apply.title', { program }) };
  await tour.visit(milo, `/programs/${ids.program}/apply`, { ...apply, state: 'mentor, form open' });
  const languages = milo.getByRole('combobox', { name: en('participants.languages') });
  await languages.fill('English');
  await languages.press('Enter');
  const timeZone = await milo.getByRole('combobox', { name: en('fields.timeZone') }).inputValue();
  await milo.getByRole('heading', { name: en('availabilityGrid.timesIn', { timeZone }) }).waitFor();
  await markTimesWithKeyboard(milo);
  const marked = en('availabilityGrid.marked', {
    times: `${en('weekDays.mon')} 16:00–18:00; ${en('weekDays.wed')} 17:00–18:00`,
  });
  await milo.getByText(marked).waitFor();
  await tour.check(milo, { ...apply, state: 'mentor, times marked on the grid' });
  await milo.getByRole('button', { name: en('apply.submit') }).click();
  const self = { route: '/participants/$participantId', heading: people.mentor.name };
  await tour.check(milo, { ...self, state: 'mentor, themself' });
  // Their page shows the same times, on the grid to read and in words.
  await milo.getByRole('table', { name: en('availabilityGrid.timesIn', { timeZone }) }).waitFor();
  await milo.getByText(marked).waitFor();
  const mentorId = participantIdIn(milo);

  // Training: the list, a module's lesson and quiz, and the results with explanations.
  const base = `/participants/${mentorId}`;
  const training = { route: '/participants/$participantId/training', heading: en('training.title') };
  await tour.visit(milo, `${base}/training`, { ...training, state: 'mentor' });
  const api = tour.api(milo);
  const first = (await api<Progress>('GET', `/api/participants/${mentorId}/training`)).modules[0]!;
  const module = await api<TrainingModule>('GET', `/api/training-modules/${first.moduleId}`);
  const moduleRoute = { route: '/participants/$participantId/training/$moduleId', heading: module.title };
  await tour.visit(milo, `${base}/training/${first.moduleId}`, { ...moduleRoute, state: 'quiz' });
  for (const question of module.questions) {
    await milo.getByRole('radio', { name: question.options[0]!.text, exact: true }).first().check();
  }
  await milo.getByRole('button', { name: en('training.submitQuiz') }).click();
  await milo.getByRole('heading', { name: en('training.resultTitle') }).waitFor();
  await tour.check(milo, { ...moduleRoute, state: 'results' });

  // The agreement, read and acknowledged.
  const agreement = { route: '/participants/$participantId/agreement', heading: en('agreement.title') };
  await tour.visit(milo, `${base}/agreement`, { ...agreement, state: 'not yet acknowledged' });
  const status = await api<{ currentVersion: number }>(
    'GET',
    `/api/participants/${mentorId}/agreement-acknowledgements`,
  );
  await milo.getByLabel(en('agreement.confirmRead', { version: String(status.currentVersion) })).check();
  await milo.getByRole('button', { name: en('agreement.acknowledge'), exact: true }).click();
  await milo.getByText(en('agreement.thanks')).first().waitFor();
  await tour.check(milo, { ...agreement, state: 'acknowledged' });

  // The mentee applies through the API; their home then lists the participation (in Spanish).
  const mia = pages.mentee!;
  const mentee = await tour.api(mia)<{ id: string }>('POST', `/api/programs/${ids.program}/applications`, {
    role: 'mentee',
    timeZone: 'Europe/London',
    languages: ['English'],
    goals: ['Reading aloud'],
    // Off the half hour and before 07:00: the grid widens its hours and shows part-marked cells.
    availability: [{ day: 'tue', start: '06:15', end: '07:45' }],
  });
  const welcome = text('es', 'home.welcome', { name: people.mentee.name });
  await tour.visit(mia, '/', { route: '/', language: 'es', heading: welcome, state: 'mentee with a participation' });
  await mia.getByRole('link', { name: text('es', 'home.training') }).waitFor();

  // The coordinator's list with people in it, then the mentee moved on until the ready gate refuses.
  await tour.visit(cora, listPath, { ...list, state: 'coordinator, two participants' });
  const staffView = { route: '/participants/$participantId', heading: people.mentee.name };
  await tour.visit(cora, `/participants/${mentee.id}`, { ...staffView, state: 'coordinator, mentee applied' });
  const moveTo = (status: string) =>
    cora.getByRole('button', { name: en('participants.moveToStatus', { status: en(`participantStatus.${status}`) }) });
  await moveTo('training').click();
  await moveTo('ready').click();
  await cora.getByText(en('participants.notReadyTitle')).waitFor();
  await tour.check(cora, { ...staffView, state: 'coordinator, ready requirements unmet' });

  // The mentor's page for staff: screening, with a check recorded.
  await tour.visit(cora, base, { route: '/participants/$participantId', heading: people.mentor.name, state: 'staff' });
  await cora.getByRole('button', { name: en('screening.record') }).click();
  await cora.getByText(en('screening.recorded')).waitFor();
  await waitForHeading(cora, people.mentor.name);
  await tour.check(cora, { ...self, state: 'coordinator, mentor with a screening check' });
}
