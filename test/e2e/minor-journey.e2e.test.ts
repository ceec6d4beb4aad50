import { expect, test } from 'vitest';
import { createProgram, invite, linkInOutbox } from './support/cast.ts';
import { enrolTwoFactor, journey } from './support/journey.ts';
import { apiOf, waitForContent, waitForHeading } from './support/people.ts';

// The journey of issue 3: a 12-year-old applies, a guardian consents, the mentee trains and
// acknowledges the agreement, and the coordinator moves them to ready. Staff are set up through
// the HTTP API with their browser's cookies; everything the mentee and guardian do is on the pages.

const program = 'Saturday Study Buddies';
const password = 'correct horse battery';
const mentee = { name: 'Mia Mentee', email: 'mia@riverside.example' };
const guardian = { name: 'Gina Guardian', email: 'gina@riverside.example' };
const coordinator = { name: 'Cora Coordinator', email: 'cora@riverside.example' };

const { server: running, newContext, newPage, pageErrors } = journey();

/** A birth date that makes someone `years` old (and a month) today. */
function bornYearsAgo(years: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 10);
}

test('a 12-year-old applies, a guardian consents, and after training and the agreement the coordinator moves them to ready', async () => {
  // Setup shortcuts: the admin, a program with the mentee form open, and its coordinator.
  const adminContext = await newContext();
  const admin = apiOf(adminContext, running().baseUrl);
  const { organizationId: orgId } = await admin<{ organizationId: string }>('POST', '/api/setup', {
    token: running().setupToken,
    organization: { name: 'Riverside Community Hub', kind: 'community', timeZone: 'Europe/Madrid' },
    admin: { name: 'Ada Admin', email: 'ada@riverside.example', password },
  });
  await enrolTwoFactor(admin, password);
  const programId = await createProgram(admin, orgId, program, 'saturday-study-buddies');
  await admin('PATCH', `/api/programs/${programId}/participation`, { menteeApplicationsOpen: true });
  const coordinatorContext = await newContext();
  const coordinatorApi = apiOf(coordinatorContext, running().baseUrl);
  const coordinatorLink = await invite(admin, orgId, coordinator.email, 'coordinator', programId);
  await coordinatorApi('POST', `/api/invitations/${new URL(coordinatorLink).pathname.split('/').pop()}/accept`, {
    account: { name: coordinator.name, password, locale: 'en' },
  });
  await enrolTwoFactor(coordinatorApi, password);
  const { guardianConsentAge } = await admin<{ guardianConsentAge: number }>(
    'GET',
    `/api/programs/${programId}/participation`,
  );
  expect(guardianConsentAge).toBeGreaterThan(12);

  // The mentee joins through the invitation page and applies; a birth date under the consent age
  // brings up the guardian's email field.
  const menteePage = await newPage(await newContext());
  await menteePage.goto(await invite(admin, orgId, mentee.email, 'mentee', programId));
  await waitForHeading(menteePage, 'Invitation');
  await menteePage.getByLabel('Your name').fill(mentee.name);
  await menteePage.getByLabel('Password', { exact: true }).fill(password);
  await menteePage.getByLabel('Confirm password').fill(password);
  await menteePage.getByRole('button', { name: 'Accept invitation' }).click();
  await waitForHeading(menteePage, `Welcome, ${mentee.name}`);
  await menteePage.goto(`${running().baseUrl}/programs/${programId}/apply`);
  await waitForHeading(menteePage, `Apply to ${program}`);
  await menteePage.getByLabel('Date of birth').fill(bornYearsAgo(30));
  expect(await menteePage.getByLabel('Parent or guardian’s email').count()).toBe(0);
  await menteePage.getByLabel('Date of birth').fill(bornYearsAgo(12));
  await menteePage.getByLabel('Parent or guardian’s email').fill(guardian.email);
  await menteePage.getByRole('button', { name: 'Send application' }).click();
  await waitForHeading(menteePage, mentee.name);
  await menteePage.getByText('Awaiting guardian').first().waitFor();
  const participantId = new URL(menteePage.url()).pathname.split('/').pop()!;

  // The guardian opens the emailed link in their own browser, reads, and consents with a new account.
  const guardianLink = await linkInOutbox(admin, orgId, running().baseUrl, '/guardian/');
  const guardianPage = await newPage(await newContext());
  await guardianPage.goto(guardianLink);
  await waitForHeading(guardianPage, 'Consent for a young person');
  await guardianPage.getByText(`would like to join ${program} at Riverside Community Hub`).waitFor();
  await guardianPage.getByRole('heading', { name: 'The confidentiality promise and its limits' }).waitFor();
  await guardianPage.getByLabel('Your name').fill(guardian.name);
  await guardianPage.getByLabel('Password', { exact: true }).fill(password);
  await guardianPage.getByLabel('Confirm password').fill(password);
  await guardianPage.getByRole('button', { name: 'I consent to my child taking part' }).click();
  await waitForHeading(guardianPage, `Welcome, ${guardian.name}`);

  // Back to applied; the coordinator moves the mentee to training on the participant page.
  const coordinatorPage = await newPage(coordinatorContext);
  await coordinatorPage.goto(`${running().baseUrl}/participants/${participantId}`);
  await waitForHeading(coordinatorPage, mentee.name);
  await coordinatorPage.getByRole('button', { name: 'Move to Training' }).click();
  await coordinatorPage.getByRole('button', { name: 'Move to Ready to match' }).waitFor();

  // The mentee passes every required module, answering as the coordinator's answer key says.
  const progress = await coordinatorApi<{ modules: { moduleId: string; title: string; isRequired: boolean }[] }>(
    'GET',
    `/api/participants/${participantId}/training`,
  );
  const required = progress.modules.filter((m) => m.isRequired);
  expect(required.length).toBeGreaterThan(0);
  for (const { moduleId, title } of required) {
    const key = await coordinatorApi<{ questions: { correct: string; options: { id: string; text: string }[] }[] }>(
      'GET',
      `/api/training-modules/${moduleId}`,
    );
    await menteePage.goto(`${running().baseUrl}/participants/${participantId}/training`);
    await waitForHeading(menteePage, 'Training');
    await menteePage.getByRole('link', { name: title }).click();
    await waitForHeading(menteePage, title);
    const quiz = menteePage.getByRole('form', { name: 'Quiz' });
    for (const question of key.questions) {
      const answer = question.options.find((o) => o.id === question.correct)!;
      await quiz.getByRole('radio', { name: answer.text, exact: true }).check();
    }
    await quiz.getByRole('button', { name: 'Send answers' }).click();
    await menteePage.getByText('You passed').first().waitFor();
  }

  // The agreement, read and acknowledged.
  await menteePage.goto(`${running().baseUrl}/participants/${participantId}/agreement`);
  await waitForHeading(menteePage, 'Confidentiality agreement');
  await waitForContent(menteePage);
  await menteePage.getByRole('checkbox', { name: /I have read version/ }).check();
  await menteePage.getByRole('button', { name: 'Acknowledge' }).click();
  await menteePage.getByText('Thank you: your acknowledgement is recorded.').first().waitFor();

  // The coordinator moves them to ready and sees it on the page and in the timeline.
  await coordinatorPage.reload();
  await waitForHeading(coordinatorPage, mentee.name);
  await coordinatorPage.getByText('All required modules are passed.').waitFor();
  await coordinatorPage.getByRole('button', { name: 'Move to Ready to match' }).click();
  await coordinatorPage.getByText('Moved to Ready to match.').waitFor();
  const timeline = coordinatorPage.getByRole('list', { name: 'Timeline' });
  for (const step of ['Applied → Training', 'Training → Ready to match']) {
    await timeline.getByText(step, { exact: true }).waitFor();
  }

  expect(pageErrors).toEqual([]);
}, 90_000);
