import type { Page } from 'playwright-core';
import { bringToReady } from '../support/cast.ts';
import { text } from '../support/i18n.ts';
import { signIn, waitForHeading } from '../support/people.ts';
import { en, people, program, resetPassword, type Tour } from './tour.ts';

const es = (key: string, values?: Record<string, string>) => text('es', key, values);

/** The id of the signed-in person's participation in the walk's program. */
async function participationIn(tour: Tour, page: Page): Promise<string> {
  const mine = await tour.api(page)<{ id: string; programId: string }[]>('GET', '/api/me/participations');
  return mine.find((p) => p.programId === tour.ids.program)!.id;
}

/**
 * Matching with the walk's mentor and mentee, brought to ready through the API: the coordinator's
 * settings and run, the mentee's choice of a mentor (in Spanish, her language), the proposal
 * approved, the match accepted by both, and the program's matches with the close dialog.
 */
export async function checkMatchingPages(tour: Tour): Promise<void> {
  const { ids, pages } = tour;
  const cora = pages.coordinator!;
  const milo = pages.mentor!;
  const mia = pages.mentee!;
  const staff = tour.api(cora);

  // The public pages' walk reset Milo's password, which signed him out.
  await milo.goto(`${tour.server.baseUrl}/sign-in`);
  await signIn(milo, people.mentor.email, resetPassword);
  await waitForHeading(milo, en('home.welcome', { name: people.mentor.name }));

  // Milo applied, with a screening check and the first agreement; since then the agreement has a
  // new version and a module was added. Mia was stopped at training.
  const mentorId = await participationIn(tour, milo);
  const menteeId = await participationIn(tour, mia);
  const through = { through: ['screening', 'training'], screen: false };
  await bringToReady(staff, tour.api(milo), ids.program, mentorId, through);
  await bringToReady(staff, tour.api(mia), ids.program, menteeId, { through: [], screen: false });

  // Their weekly times never overlap: the coordinator lifts the least-overlap rule.
  const matchingPath = `/programs/${ids.program}/matching`;
  const matching = { route: '/programs/$programId/matching', heading: en('matching.title', { program }) };
  await tour.visit(cora, matchingPath, { ...matching, state: 'nothing run yet' });
  await cora.getByLabel(en('matching.settings.minOverlap')).fill('0');
  await cora.getByText(en('matching.settings.unsaved')).waitFor();
  await tour.check(cora, { ...matching, state: 'settings changed, not saved' });
  await cora.getByRole('button', { name: en('matching.settings.save') }).click();
  await cora.getByText(en('matching.settings.saved')).first().waitFor();

  // Mia, in Spanish, opens Choose a mentor from home and picks Milo, but does not ask yet.
  const chooseMentor = { route: '/participants/$participantId/choose-mentor', language: 'es' as const };
  await mia.goto(`${tour.server.baseUrl}/`);
  await waitForHeading(mia, es('home.welcome', { name: people.mentee.name }));
  await mia.getByRole('link', { name: es('home.chooseMentor') }).click();
  await tour.check(mia, { ...chooseMentor, heading: es('chooseMentor.title'), state: 'mentee, suggestions' });
  await mia.getByRole('button', { name: es('chooseMentor.ask', { name: people.mentor.name }) }).click();
  await mia.getByRole('checkbox', { name: es('match.agreement.confirm') }).waitFor();
  await tour.check(mia, { ...chooseMentor, heading: es('chooseMentor.title'), state: 'mentee, a mentor chosen' });

  // The coordinator runs matching, checks the proposal and its approval dialog, and approves.
  await cora.getByRole('button', { name: en('matching.run.button') }).click();
  await cora.getByRole('table', { name: en('matching.pairs.caption_one') }).waitFor();
  await tour.check(cora, { ...matching, state: 'a proposal' });
  await cora.getByRole('button', { name: en('matching.approve.button'), exact: true }).click();
  await cora.getByRole('dialog', { name: en('matching.approve.dialogTitle') }).waitFor();
  await tour.check(cora, { ...matching, state: 'approval dialog' });
  await cora.getByRole('button', { name: en('matching.approve.confirm_one') }).click();
  await cora.getByText(en('matching.approve.doneTitle')).waitFor();
  await tour.check(cora, { ...matching, state: 'proposal approved' });

  // The program's matches, and the match as staff see it.
  const matches = { route: '/programs/$programId/matches', heading: en('matches.title', { program }) };
  await tour.visit(cora, `/programs/${ids.program}/matches`, { ...matches, state: 'a proposed match' });
  const names = { mentee: people.mentee.name, mentor: people.mentor.name };
  await cora.getByRole('link', { name: en('matches.openMatch', names) }).click();
  const match = { route: '/matches/$matchId' };
  await tour.check(cora, { ...match, heading: en('match.titleStaff', names), state: 'staff, proposed' });
  const matchPath = new URL(cora.url()).pathname;

  // Mia accepts in Spanish, after the box is missed once; then Milo accepts and it is active.
  await tour.visit(mia, matchPath, {
    ...match,
    language: 'es',
    heading: es('match.titleMine', { name: people.mentor.name }),
    state: 'mentee, answer needed',
  });
  await mia.getByRole('button', { name: es('match.agreement.accept') }).click();
  await mia.getByText(es('agreement.tickFirst')).waitFor();
  await tour.check(mia, {
    ...match,
    language: 'es',
    heading: es('match.titleMine', { name: people.mentor.name }),
    state: 'mentee, agreement box missed',
  });
  await mia.getByRole('checkbox', { name: es('match.agreement.confirm') }).check();
  await mia.getByRole('button', { name: es('match.agreement.accept') }).click();
  await mia.getByText(es('match.waitingFor', { people: people.mentor.name })).waitFor();
  const mine = { ...match, heading: en('match.titleMine', { name: people.mentee.name }) };
  await tour.visit(milo, matchPath, { ...mine, state: 'mentor, answer needed' });
  await milo.getByRole('checkbox', { name: en('match.agreement.confirm') }).check();
  await milo.getByRole('button', { name: en('match.agreement.accept') }).click();
  await milo.getByText(en('match.activeTitle')).waitFor();
  await tour.check(milo, { ...mine, state: 'mentor, active' });

  // The close dialog, sent empty so its errors show, then cancelled.
  await tour.visit(cora, `/programs/${ids.program}/matches`, { ...matches, state: 'an active match' });
  await cora.getByRole('button', { name: en('matches.closeLabel', names) }).click();
  const dialog = cora.getByRole('dialog', { name: en('matches.closeForm.title', names) });
  await dialog.getByRole('button', { name: en('matches.closeForm.submit') }).click();
  await dialog.getByText(en('matches.closeForm.chooseOne')).waitFor();
  await tour.check(cora, { ...matches, state: 'close dialog with its errors' });
  await dialog.getByRole('button', { name: en('common.cancel') }).click();
}
