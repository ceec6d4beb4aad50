import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { toLocalParts } from '../../src/server/lib/zoned-time.ts';
import { acceptAsNewAccount, bringToReady, invite, programWithCoordinator } from './support/cast.ts';
import { journey } from './support/journey.ts';
import { apiOf, waitForContent, waitForHeading } from './support/people.ts';

// The journey of issue 5: a pair in two time zones agrees a weekly rhythm from a time that suits
// both, the mentee moves a meeting (the mentor's page follows live), both say what happened with
// their ratings, the mentor writes down a commitment for the mentee who marks it done, and the
// coordinator sees the figures. The match is made through the API (issue 4's journey covers it).
//
// The server is a real process on the real clock, and a meeting must be planned in the future
// while attendance is only asked once it has started: the mentee moves the first meeting to the
// first whole minute at least 45 s ahead (enough to submit the form), and the journey waits for it
// (the commitment steps run meanwhile).

const program = 'Evening Study Circle';
const password = 'correct horse battery';
const { server: running, newContext, newPage, pageErrors } = journey();

type Api = ReturnType<typeof apiOf>;

/** A form field by its label, which for a required field ends with an asterisk. */
const field = (scope: Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));

/** The schedule page's live region says this (what the last change did); else what the page said instead. */
async function said(page: Page, text: string | RegExp): Promise<void> {
  try {
    await page.getByRole('status').filter({ hasText: text }).waitFor();
  } catch (error) {
    const shown = await page.locator('[role=status], [role=alert], .mantine-InputWrapper-error').allInnerTexts();
    throw new Error(`expected "${text}" in the live region; the page shows ${JSON.stringify(shown)}`, { cause: error });
  }
}

test('a pair agrees a weekly rhythm, moves a meeting, confirms it with ratings, keeps a commitment; the coordinator sees the figures', async () => {
  const { admin, orgId, programId, coordinator, coordinatorContext } = await programWithCoordinator(newContext, {
    setupToken: running().setupToken,
    baseUrl: running().baseUrl,
    organization: 'Northside Learning Trust',
    domain: 'northside.example',
    program,
    slug: 'evening-study-circle',
    password,
  });

  // Ben in London and Cal in New York: Wednesday 21:00 for Ben is Wednesday 16:00 for Cal.
  async function readyPerson(role: 'mentor' | 'mentee', name: string, timeZone: string, start: string, end: string) {
    const email = `${name.split(' ')[0]!.toLowerCase()}@northside.example`;
    const context = await newContext();
    const person: Api = apiOf(context, running().baseUrl);
    await acceptAsNewAccount(person, await invite(admin, orgId, email, role, programId), name, password);
    const { id } = await person<{ id: string }>('POST', `/api/programs/${programId}/applications`, {
      role,
      timeZone,
      languages: ['English'],
      interests: ['chess'],
      availability: [{ day: 'wed', start, end }],
      ...(role === 'mentor'
        ? { strengths: ['essays'], capacity: 1, birthDate: '2000-03-01' }
        : { goals: ['essays'], birthDate: '2008-03-01' }),
    });
    const through = role === 'mentor' ? ['screening', 'training'] : ['training'];
    await bringToReady(coordinator, person, programId, id, { through, screen: role === 'mentor' });
    return { id, api: person, context };
  }
  const [ben, cal] = await Promise.all([
    readyPerson('mentor', 'Ben Mentor', 'Europe/London', '21:00', '23:00'),
    readyPerson('mentee', 'Cal Mentee', 'America/New_York', '16:00', '18:00'),
  ]);
  const agreement = await cal.api<{ id: string }>('GET', `/api/programs/${programId}/agreement`);
  const match = await cal.api<{ id: string }>('POST', `/api/participants/${cal.id}/mentor-requests`, {
    mentorParticipantId: ben.id,
    agreementVersionId: agreement.id,
  });
  await ben.api('POST', `/api/matches/${match.id}/acceptance`, { agreementVersionId: agreement.id });
  const schedulePath = `${running().baseUrl}/matches/${match.id}/schedule`;

  // Cal opens the schedule from home and agrees a weekly rhythm from the time that suits both.
  const calPage = await newPage(cal.context);
  await calPage.goto(`${running().baseUrl}/`);
  await waitForHeading(calPage, 'Welcome, Cal Mentee');
  await calPage.getByRole('link', { name: 'Schedule with Ben Mentor' }).click();
  await waitForHeading(calPage, 'Meeting Ben Mentor');
  await waitForContent(calPage);
  await calPage.getByText('Mentee: Cal Mentee (you), time zone America/New_York').waitFor();
  await calPage.getByText('Mentor: Ben Mentor, time zone Europe/London').waitFor();
  const rhythmForm = calPage.getByRole('form', { name: 'Agree a rhythm' });
  const bothTimes = 'Cal Mentee: Wednesday 16:00 · Ben Mentor: Wednesday 21:00';
  await rhythmForm.getByText(bothTimes, { exact: true }).click();
  expect(await rhythmForm.getByRole('radio', { name: bothTimes }).isChecked()).toBe(true);
  expect(await field(rhythmForm, 'Day').inputValue()).toBe('3');
  expect(await field(rhythmForm, 'Time').inputValue()).toBe('16:00');
  expect(await field(rhythmForm, 'Time zone').inputValue()).toBe('America/New_York');
  expect(await rhythmForm.getByRole('radio', { name: 'Every week' }).isChecked()).toBe(true);
  expect(await field(rhythmForm, 'Minutes').inputValue()).toBe('45');
  await field(rhythmForm, 'Video link (optional)').fill('https://meet.example/cal-ben');
  await rhythmForm.getByRole('button', { name: 'Agree this rhythm' }).click();
  await said(calPage, /^Rhythm agreed: \d+ meetings planned\.$/);
  await calPage.getByText(/^Every week on Wednesday at 16:00 \(America\/New_York\), 45 minutes, until /).waitFor();

  // Ben's page shows the same rhythm, with his own local time first.
  const benPage = await newPage(ben.context);
  await benPage.goto(schedulePath);
  await waitForHeading(benPage, 'Meeting Cal Mentee');
  await waitForContent(benPage);
  const benUpcoming = benPage.getByRole('list', { name: 'Coming up' });
  await benUpcoming
    .getByRole('listitem')
    .first()
    .getByText(/21:00–21:45 \(agreed as .* 16:00, America\/New_York\)$/)
    .waitFor();

  // Cal moves the first meeting to the first whole minute at least 45 s from now, with a reason.
  const startsAt = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000);
  const newStart = toLocalParts(startsAt, 'America/New_York');
  await calPage
    .getByRole('button', { name: /^Move the meeting of / })
    .first()
    .click();
  const moveForm = calPage.getByRole('form', { name: /^Move the meeting of / });
  await field(moveForm, 'Date').fill(newStart.date);
  await field(moveForm, 'Time').fill(newStart.time);
  await field(moveForm, 'Reason').fill('I have a school trip that evening.');
  await moveForm.getByRole('button', { name: 'Move meeting' }).click();
  await said(calPage, /^Meeting moved to .*\. Ben Mentor was told\.$/);

  // Ben's page follows at once (live updates): the moved meeting comes first, in his time.
  const benTime = toLocalParts(startsAt, 'Europe/London').time;
  await benUpcoming
    .getByRole('listitem')
    .first()
    .getByText(new RegExp(`${benTime}–`))
    .waitFor();
  await benPage.getByRole('button', { name: /^Show all \d+ changes$/ }).click();
  await benPage.getByText(/Cal Mentee: moved a meeting\. Reason: I have a school trip that evening\.$/).waitFor();

  // While the meeting draws near: Ben writes down a commitment for Cal, who marks it done.
  await benPage.getByRole('button', { name: 'Add a commitment' }).click();
  const commitmentForm = benPage.getByRole('form', { name: 'Add a commitment' });
  await commitmentForm.getByRole('radio', { name: 'Cal Mentee' }).check();
  await field(commitmentForm, 'What will be done?').fill('Draft the essay introduction');
  await commitmentForm.getByRole('button', { name: 'Add commitment' }).click();
  await said(benPage, 'Commitment added.');
  const calCommitments = calPage.getByRole('list', { name: 'Commitments' });
  const calCommitment = calCommitments.getByRole('listitem', { name: 'Draft the essay introduction' });
  await calCommitment.getByText(/^You · due /).waitFor();
  await calCommitment.getByRole('button', { name: 'Mark done: Draft the essay introduction' }).click();
  await said(calPage, 'Marked done: Draft the essay introduction');
  await benPage
    .getByRole('listitem', { name: 'Draft the essay introduction' })
    .getByText('Done on time', { exact: true })
    .waitFor();

  // Ben writes down one for himself by mistake and takes it back; it goes from Cal's list too.
  await benPage.getByRole('button', { name: 'Add a commitment' }).click();
  await commitmentForm.getByRole('radio', { name: 'Me', exact: true }).check();
  await field(commitmentForm, 'What will be done?').fill('Bring the reading list');
  await commitmentForm.getByRole('button', { name: 'Add commitment' }).click();
  await said(benPage, 'Commitment added.');
  await calCommitments.getByRole('listitem', { name: 'Bring the reading list' }).waitFor();
  await benPage.getByRole('button', { name: 'Remove: Bring the reading list' }).click();
  await benPage.getByRole('button', { name: 'Yes, remove it' }).click();
  await said(benPage, 'Removed: Bring the reading list');
  await calCommitments.getByRole('listitem', { name: 'Bring the reading list' }).waitFor({ state: 'detached' });
  expect(await calCommitments.getByRole('listitem').count()).toBe(1);

  // Once the meeting has started, both say what happened: Cal felt heard, Ben shared an experience.
  const wait = startsAt.getTime() - Date.now() + 1_500;
  if (wait > 0) await calPage.waitForTimeout(wait);
  await calPage.reload();
  await waitForHeading(calPage, 'Meeting Ben Mentor');
  const calAttendance = calPage.getByRole('form', { name: /^What happened at the meeting of / });
  await calAttendance.getByRole('radio', { name: 'We met' }).check();
  await calAttendance.getByRole('radio', { name: '5 · Completely' }).check();
  await calAttendance.getByRole('button', { name: 'Save what happened' }).click();
  await said(calPage, 'Thank you. We are waiting for Ben Mentor to say what happened.');

  await benPage.reload();
  await waitForHeading(benPage, 'Meeting Cal Mentee');
  const benAttendance = benPage.getByRole('form', { name: /^What happened at the meeting of / });
  expect(await benAttendance.getByRole('radio', { name: /felt heard|Completely/ }).count()).toBe(0);
  await benAttendance.getByRole('radio', { name: 'We met' }).check();
  await benAttendance.getByRole('checkbox', { name: 'I shared an experience of mine' }).check();
  await benAttendance.getByRole('button', { name: 'Save what happened' }).click();
  await said(benPage, 'Thank you: the meeting is settled.');
  await benPage.getByRole('list', { name: 'Earlier meetings' }).getByText('Held', { exact: true }).waitFor();
  await calPage.getByRole('list', { name: 'Earlier meetings' }).getByText('Held', { exact: true }).waitFor();

  // The coordinator: the program's follow-through page, then the pair's schedule, read only.
  const coraPage = await newPage(coordinatorContext);
  await coraPage.goto(`${running().baseUrl}/programs/${programId}/consistency`);
  await waitForHeading(coraPage, `Follow-through in ${program}`);
  await waitForContent(coraPage);
  // Minutes into the match no meeting was expected yet, which the page says.
  await coraPage.getByText('1 started match: no meeting was expected yet.').waitFor();
  const pairRow = coraPage.getByRole('row').filter({ has: coraPage.getByRole('rowheader', { name: /Cal Mentee/ }) });
  await pairRow.getByRole('link', { name: 'Schedule of Cal Mentee with Ben Mentor' }).click();
  await waitForHeading(coraPage, 'Schedule of Cal Mentee and Ben Mentor');
  await waitForContent(coraPage);
  await coraPage.getByText('You are viewing this schedule as program staff: only the pair can change it.').waitFor();
  const figures = coraPage.getByRole('region', { name: 'How the pair follows through' });
  await figures.getByText('1 held, none expected yet', { exact: true }).waitFor();
  await figures.getByText('None due yet', { exact: true }).waitFor();
  await coraPage.getByRole('list', { name: 'Earlier meetings' }).getByText('Held', { exact: true }).waitFor();
  await coraPage.getByRole('listitem', { name: 'A commitment' }).getByText('Done on time').waitFor();
  expect(await coraPage.getByRole('button', { name: /^Move the meeting of / }).count()).toBe(0);
  expect(await coraPage.getByRole('button', { name: 'Add a commitment' }).count()).toBe(0);

  expect(pageErrors).toEqual([]);
}, 240_000);
