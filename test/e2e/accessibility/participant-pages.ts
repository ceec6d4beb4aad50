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

  // The mentor applies on the form, with a language and one weekly time.
  const apply = { route: '/programs/$programId/apply', heading: en('apply.title', { program }) };
  await tour.visit(milo, `/programs/${ids.program}/apply`, { ...apply, state: 'mentor, form open' });
  const languages = milo.getByRole('combobox', { name: en('participants.languages') });
  await languages.fill('English');
  await languages.press('Enter');
  await milo.getByRole('button', { name: en('participants.addSlot') }).click();
  await tour.check(milo, { ...apply, state: 'mentor, one time added' });
  await milo.getByRole('button', { name: en('apply.submit') }).click();
  const self = { route: '/participants/$participantId', heading: people.mentor.name };
  await tour.check(milo, { ...self, state: 'mentor, themself' });
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
