import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { acceptAsNewAccount, bringToReady, invite, programWithCoordinator } from './support/cast.ts';
import { journey } from './support/journey.ts';
import { apiOf, signIn, waitForContent, waitForHeading } from './support/people.ts';

// The journey of issue 4: a coordinator runs matching, forbids a pair, re-runs, compares and
// approves; the mentor and the mentee of a pair sign in, keep the agreement and accept, and the
// match is active for them and on the coordinator's list. Then a ready mentee chooses a mentor
// who accepts. People are brought to ready through the HTTP API; the matching is on the pages.

const program = 'Saturday Study Buddies';
const password = 'correct horse battery';
const firstGeneration = 'First-generation student';

const { server: running, newContext, newPage, pageErrors } = journey();

type Api = ReturnType<typeof apiOf>;

/**
 * What the page's live status lines said, from now on: the run's progress is announced there,
 * and a small run can pass through it faster than a poll would notice.
 */
async function recordStatusLines(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { statusLines: string[] }).statusLines = said;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role=status]')) {
        const line = status.textContent?.trim() ?? '';
        if (line && said.at(-1) !== line) said.push(line);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { statusLines: string[] }).statusLines);
}

test('a coordinator runs matching, forbids a pair, compares and approves; both accept and the match is active; a mentee chooses a mentor', async () => {
  // Setup shortcuts: the admin, a program with its forms open, and its coordinator.
  const { admin, orgId, programId, coordinator, coordinatorContext } = await programWithCoordinator(newContext, {
    setupToken: running().setupToken,
    baseUrl: running().baseUrl,
    organization: 'Riverside Community Hub',
    domain: 'riverside.example',
    program,
    slug: 'saturday-study-buddies',
    password,
  });
  const experiences = await coordinator<{ id: string; label: string }[]>(
    'GET',
    `/api/programs/${programId}/experiences`,
  );

  /**
   * A mentor or mentee at `ready`, alike in everything but `shares` (a lived experience they let
   * staff and their match see); returns their email and a browser context signed in as them.
   */
  async function readyPerson(role: 'mentor' | 'mentee', name: string, shares?: string) {
    const email = `${name.split(' ')[0]!.toLowerCase()}@riverside.example`;
    const context = await newContext();
    const person: Api = apiOf(context, running().baseUrl);
    await acceptAsNewAccount(person, await invite(admin, orgId, email, role, programId), name, password);
    const { id } = await person<{ id: string }>('POST', `/api/programs/${programId}/applications`, {
      role,
      timeZone: 'Europe/London',
      languages: ['English'],
      interests: ['football'],
      availability: [{ day: 'wed', start: '16:00', end: '18:00' }],
      ...(role === 'mentor'
        ? { strengths: ['exams'], capacity: 1, birthDate: '2000-03-01' }
        : { goals: ['exams'], birthDate: '2008-03-01' }),
    });
    if (shares) {
      await person('POST', `/api/participants/${id}/experiences`, {
        experienceId: experiences.find((e) => e.label === shares)!.id,
        choices: { useForMatching: true, showToStaff: true, showToMatch: true, showToMenteesChoosing: true },
        language: 'en',
      });
    }
    const through = role === 'mentor' ? ['screening', 'training'] : ['training'];
    await bringToReady(coordinator, person, programId, id, { through, screen: role === 'mentor' });
    return { email, context };
  }
  // Cal and Ana share an experience, so the best assignment pairs them, and Dee with Ben.
  const [, ben, cal] = await Promise.all([
    readyPerson('mentor', 'Ana Mentor', firstGeneration),
    readyPerson('mentor', 'Ben Mentor'),
    readyPerson('mentee', 'Cal Mentee', firstGeneration),
    readyPerson('mentee', 'Dee Mentee'),
  ]);

  // The coordinator opens matching from the program page and runs it, watching its progress.
  const cora = await newPage(coordinatorContext);
  await cora.goto(`${running().baseUrl}/programs/${programId}`);
  await waitForHeading(cora, program);
  await cora.getByRole('link', { name: 'Open matching' }).click();
  await waitForHeading(cora, `Matching for ${program}`);
  await cora.getByText('2 mentees are ready to be matched.').waitFor();
  await cora.getByText('2 mentors have places left (2 in all).').waitFor();
  const statusLines = await recordStatusLines(cora);
  await cora.getByRole('button', { name: 'Run matching' }).click();
  const proposal = cora.getByRole('heading', { level: 2, name: /^Proposal of / });
  await proposal.waitFor();
  expect(await statusLines()).toContainEqual(expect.stringMatching(/^[A-Z][a-z ]+… \d+ %$/));
  expect(await cora.getByRole('progressbar').count()).toBe(0);
  expect(await cora.getByRole('button', { name: 'Run matching' }).isEnabled()).toBe(true);
  await expect.poll(() => proposal.evaluate((heading) => heading === document.activeElement)).toBe(true);

  // The proposal: each pair with its score and why; Cal with Ana for what they share.
  const pairs = cora.getByRole('table', { name: '2 proposed pairs' });
  const calRow = pairs.getByRole('row').filter({ has: cora.getByRole('rowheader', { name: 'Cal Mentee' }) });
  await calRow.getByRole('cell', { name: 'Ana Mentor', exact: true }).waitFor();
  await calRow.getByText(`Shared lived experience: ${firstGeneration}`).waitFor();
  await calRow.getByText('The mentee’s goal “exams” is one of the mentor’s strengths').waitFor();
  await calRow.getByText('Weekly overlap 120 min').waitFor();
  const deeRow = pairs.getByRole('row').filter({ has: cora.getByRole('rowheader', { name: 'Dee Mentee' }) });
  await deeRow.getByRole('cell', { name: 'Ben Mentor', exact: true }).waitFor();
  await cora.getByText('Every mentee in this run has a mentor.').waitFor();

  // Forbid Cal with Ana and run again: the comparison shows both pairs changed.
  await cora.getByRole('checkbox', { name: 'Forbid Cal Mentee with Ana Mentor' }).check();
  await cora.getByText('Never Cal Mentee with Ana Mentor').waitFor();
  await cora.getByRole('button', { name: 'Re-run with these pins and forbids' }).click();
  await cora.getByRole('heading', { name: 'Compared with the previous run' }).waitFor();
  await cora.getByText('New pairs: 2. Pairs gone: 2. Pairs kept: 0.').waitFor();
  const gone = cora.getByRole('table', { name: 'Pairs the previous run proposed and this one does not' });
  await gone.getByRole('row', { name: /Cal Mentee Ana Mentor/ }).waitFor();
  const added = cora.getByRole('table', { name: 'Pairs this run proposes and the previous one did not' });
  await added.getByRole('row', { name: /Cal Mentee Ben Mentor/ }).waitFor();
  await added.getByRole('row', { name: /Dee Mentee Ana Mentor/ }).waitFor();
  // The forbid carries on to the run after this one.
  await cora.getByText('Never Cal Mentee with Ana Mentor').waitFor();

  // Approval, after the dialog that says what happens.
  await cora.getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = cora.getByRole('dialog', { name: 'Approve this proposal?' });
  await dialog.getByText('This creates 2 proposed matches and tells both people of each about theirs.').waitFor();
  await dialog.getByRole('button', { name: 'Approve 2 matches' }).click();
  await cora.getByText('2 matches were proposed; both people of each were told.').first().waitFor();

  // The mentee signs in, opens the match from home, reads the agreement and accepts.
  const calPage = await newPage(await newContext());
  await calPage.goto(`${running().baseUrl}/sign-in`);
  await signIn(calPage, cal.email, password);
  await waitForHeading(calPage, 'Welcome, Cal Mentee');
  const calMatches = calPage.getByRole('region', { name: 'Your matches' });
  await calMatches.getByText('Your answer is needed').waitFor();
  await calMatches.getByRole('link', { name: `Ben Mentor · ${program}` }).click();
  await waitForHeading(calPage, 'Your match with Ben Mentor');
  await waitForContent(calPage);
  const shared = calPage.getByRole('region', { name: 'What you share with Ben Mentor' });
  await shared.getByText('Your goal “exams” is one of their strengths').waitFor();
  await calPage.getByRole('heading', { name: 'Confidentiality agreement, version 1' }).waitFor();
  await calPage.getByRole('button', { name: 'Accept this match' }).click();
  await calPage.getByText('Tick the box to confirm you have read it.').waitFor();
  await calPage.getByRole('checkbox', { name: 'I have read the agreement and will keep it for this match' }).check();
  await calPage.getByRole('button', { name: 'Accept this match' }).click();
  await calPage.getByText('Waiting for Ben Mentor to accept.').waitFor();
  expect(await calPage.getByRole('button', { name: 'Accept this match' }).count()).toBe(0);

  // The mentor does the same; the match is active.
  const benPage = await newPage(await newContext());
  await benPage.goto(`${running().baseUrl}/sign-in`);
  await signIn(benPage, ben.email, password);
  await waitForHeading(benPage, 'Welcome, Ben Mentor');
  await benPage.getByRole('link', { name: `Cal Mentee · ${program}` }).click();
  await waitForHeading(benPage, 'Your match with Cal Mentee');
  await waitForContent(benPage);
  await benPage.getByRole('checkbox', { name: 'I have read the agreement and will keep it for this match' }).check();
  await benPage.getByRole('button', { name: 'Accept this match' }).click();
  await benPage.getByText('Your match is active').waitFor();
  await benPage.getByText(/^Active since /).waitFor();

  // Active for the mentee too, and on the coordinator's list beside the pair still proposed.
  await calPage.reload();
  await waitForHeading(calPage, 'Your match with Ben Mentor');
  await calPage.getByText('Your match is active').waitFor();
  await cora.getByRole('link', { name: 'See the program’s matches' }).first().click();
  await waitForHeading(cora, `Matches of ${program}`);
  await waitForContent(cora);
  const matches = cora.getByRole('table', { name: 'All matches, newest first' });
  const matchRow = (mentee: string) =>
    matches.getByRole('row').filter({ has: cora.getByRole('link', { name: new RegExp(`of ${mentee} and`) }) });
  await matchRow('Cal Mentee').getByText('Active', { exact: true }).waitFor();
  await matchRow('Dee Mentee').getByText('Proposed', { exact: true }).waitFor();
  await matchRow('Dee Mentee').getByRole('cell', { name: 'Ana Mentor, Dee Mentee', exact: true }).waitFor();

  // Mentee choice: a newly ready mentee picks the one mentor with a place left, who accepts.
  const [gus, eve] = await Promise.all([readyPerson('mentor', 'Gus Mentor'), readyPerson('mentee', 'Eve Mentee')]);
  const evePage = await newPage(eve.context);
  await evePage.goto(`${running().baseUrl}/`);
  await waitForHeading(evePage, 'Welcome, Eve Mentee');
  await evePage.getByRole('link', { name: 'Choose a mentor' }).click();
  await waitForHeading(evePage, 'Choose a mentor');
  await waitForContent(evePage);
  const suggestions = evePage.getByRole('article');
  await suggestions
    .filter({ hasText: 'Gus Mentor' })
    .getByText(/^Fit: \d+ of 100$/)
    .waitFor();
  expect(await suggestions.count(), 'Ana and Ben have no place left').toBe(1);
  await evePage.getByRole('button', { name: 'Ask Gus Mentor to be my mentor' }).click();
  await evePage.getByRole('checkbox', { name: 'I have read the agreement and will keep it for this match' }).check();
  await evePage.getByRole('form', { name: 'Keep the agreement and accept' }).getByRole('button').click();
  await waitForHeading(evePage, 'Your match with Gus Mentor');
  await evePage.getByText('Waiting for Gus Mentor to accept.').waitFor();

  const gusPage = await newPage(gus.context);
  await gusPage.goto(`${running().baseUrl}/`);
  await gusPage.getByRole('link', { name: `Eve Mentee · ${program}` }).click();
  await waitForHeading(gusPage, 'Your match with Eve Mentee');
  await waitForContent(gusPage);
  await gusPage.getByRole('checkbox', { name: 'I have read the agreement and will keep it for this match' }).check();
  await gusPage.getByRole('button', { name: 'Accept this match' }).click();
  await gusPage.getByText('Your match is active').waitFor();

  expect(pageErrors).toEqual([]);
}, 90_000);
