import type { Page } from 'playwright-core';
import { text } from '../support/i18n.ts';
import { en, people, type Tour } from './tour.ts';

const es = (key: string, values?: Record<string, string>) => text('es', key, values);
const DAY = 86_400_000;

/** The page's live region announces `message`. */
const said = (page: Page, message: string | RegExp) => page.getByRole('status').filter({ hasText: message }).waitFor();

/**
 * A match's schedule page, for the pair whom matching made active (Mia reads Spanish): before a
 * rhythm (the form, with its errors), with a rhythm and a proposal to answer, a meeting being
 * moved and cancelled, the commitment form and the change log; and the coordinator's read-only view.
 */
export async function checkMeetingPages(tour: Tour): Promise<void> {
  const { pages } = tour;
  const cora = pages.coordinator!;
  const milo = pages.mentor!;
  const mia = pages.mentee!;
  const mine = await tour.api(mia)<{ id: string; status: string; programId: string }[]>('GET', '/api/me/matches');
  const match = mine.find((m) => m.status === 'active' && m.programId === tour.ids.program)!;
  const path = `/matches/${match.id}/schedule`;
  const route = '/matches/$matchId/schedule';
  const forMia = { route, language: 'es' as const, heading: es('schedule.titleMine', { name: people.mentor.name }) };
  const forMilo = { route, heading: en('schedule.titleMine', { name: people.mentee.name }) };

  // Mia, before any rhythm: the form, then refused with a duration left empty.
  await tour.visit(mia, path, { ...forMia, state: 'mentee, no rhythm yet' });
  const rhythmForm = mia.getByRole('form', { name: es('schedule.rhythm.formLabel') });
  await rhythmForm.getByLabel(es('schedule.form.duration')).fill('');
  await rhythmForm.getByRole('button', { name: es('schedule.rhythm.agree') }).click();
  await rhythmForm.getByText(es('schedule.form.durationRange')).waitFor();
  await tour.check(mia, { ...forMia, state: 'mentee, rhythm form with an error' });

  // Milo agrees a weekly rhythm and proposes one more meeting (through the API); Mia answers on the page.
  const milos = tour.api(milo);
  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  await milos('POST', `/api/matches/${match.id}/series`, {
    weekday: 3,
    localTime: '17:30',
    timeZone: 'Europe/London',
    intervalWeeks: 1,
    durationMinutes: 45,
    firstDate: inDays(1),
    location: 'The school library',
  });
  await milos('POST', `/api/matches/${match.id}/proposals`, {
    localStart: `${inDays(5)}T12:00`,
    timeZone: 'Europe/London',
    durationMinutes: 30,
    reason: 'An extra session before the exam',
  });
  await mia.reload();
  await mia.getByRole('button', { name: es('schedule.proposals.accept') }).waitFor();
  await tour.check(mia, { ...forMia, state: 'mentee, a rhythm and a proposal to answer' });
  await mia.getByRole('button', { name: es('schedule.proposals.decline') }).click();
  await mia.getByLabel(es('schedule.proposals.declineReason')).waitFor();
  await tour.check(mia, { ...forMia, state: 'mentee, declining a proposal' });
  const declineForm = mia.getByRole('form', {
    name: es('schedule.proposals.declineLabel', { name: people.mentor.name }),
  });
  await declineForm.getByLabel(es('schedule.proposals.declineReason')).fill('Tengo entrenamiento ese día');
  await declineForm.getByRole('button', { name: es('schedule.proposals.decline') }).click();
  await said(mia, es('schedule.proposals.declined', { name: people.mentor.name }));

  // Milo proposes another time, which Mia accepts, and one more, which he withdraws himself.
  const propose = (days: number) =>
    milos('POST', `/api/matches/${match.id}/proposals`, {
      localStart: `${inDays(days)}T12:00`,
      timeZone: 'Europe/London',
      durationMinutes: 30,
    });
  await propose(6);
  await mia.reload();
  await mia.getByRole('button', { name: es('schedule.proposals.accept') }).click();
  await said(mia, new RegExp(`${people.mentor.name}`));
  await mia.getByRole('button', { name: es('schedule.proposals.accept') }).waitFor({ state: 'detached' });

  // A time already past, which only the server refuses: the refusal reaches Mia in Spanish.
  await mia.getByRole('button', { name: es('schedule.plan.button') }).click();
  const planForm = mia.getByRole('form', { name: es('schedule.plan.button') });
  await planForm.getByLabel(es('schedule.form.date')).fill(inDays(-1));
  await planForm.getByRole('button', { name: es('schedule.plan.submit') }).click();
  await mia.getByText(es('errors.MEETING_IN_PAST')).waitFor();
  await tour.check(mia, { ...forMia, state: 'mentee, a time in the past refused' });
  await planForm.getByRole('button', { name: es('common.cancel') }).click();
  await propose(8);

  // Milo: his proposal withdrawn, a meeting being moved, one being cancelled, the commitment
  // form and the change log; then he stops the rhythm.
  await tour.visit(milo, path, { ...forMilo, state: 'mentor, a rhythm and a proposal of his' });
  await milo.getByRole('button', { name: en('schedule.proposals.withdraw') }).click();
  await said(milo, en('schedule.proposals.withdrawn'));
  await milo
    .getByRole('button', { name: /^Move the meeting of / })
    .first()
    .click();
  await milo.getByRole('form', { name: /^Move the meeting of / }).waitFor();
  await tour.check(milo, { ...forMilo, state: 'mentor, moving a meeting' });
  await milo
    .getByRole('form', { name: /^Move the meeting of / })
    .getByRole('button', { name: en('common.cancel'), exact: true })
    .click();
  await milo
    .getByRole('button', { name: /^Cancel the meeting of / })
    .first()
    .click();
  const cancelForm = milo.getByRole('form', { name: /^Cancel the meeting of / });
  await cancelForm.getByRole('button', { name: en('schedule.cancel.submit') }).click();
  await cancelForm.getByText(en('schedule.form.reasonNeeded')).waitFor();
  await tour.check(milo, { ...forMilo, state: 'mentor, cancelling without a reason' });
  await cancelForm.getByRole('button', { name: en('schedule.cancel.keep') }).click();
  await milo.getByRole('button', { name: en('commitments.add') }).click();
  await milo.getByRole('form', { name: en('commitments.form.title') }).waitFor();
  await milo.getByRole('button', { name: /^Show all \d+ changes$/ }).click();
  await milo.getByRole('button', { name: en('schedule.log.hide') }).waitFor();
  await tour.check(milo, { ...forMilo, state: 'mentor, commitment form and change log open' });
  await milo.getByRole('button', { name: en('schedule.rhythm.stop') }).click();
  const stopForm = milo.getByRole('form', { name: en('schedule.rhythm.stop') });
  await stopForm.getByLabel(en('schedule.rhythm.stopReason')).fill('Wednesdays clash with football training');
  await tour.check(milo, { ...forMilo, state: 'mentor, stopping the rhythm' });
  await stopForm.getByRole('button', { name: en('schedule.rhythm.stopConfirm') }).click();
  await said(milo, en('schedule.rhythm.stopped'));

  // The coordinator reads the same schedule.
  await tour.visit(cora, path, {
    route,
    heading: en('schedule.titleStaff', { mentee: people.mentee.name, mentor: people.mentor.name }),
    state: 'staff, read only',
  });
  await cora.getByText(en('schedule.header.staffReadOnly')).waitFor();
}
