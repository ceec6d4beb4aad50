import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { createProgram, invite } from './support/cast.ts';
import { enrolTwoFactor, journey } from './support/journey.ts';
import { apiOf, waitForContent, waitForHeading } from './support/people.ts';

// The web app's CSV import of issue 3: a coordinator checks a file with one bad row, sees the
// problem by its spreadsheet row, imports the valid rows and finds the people in the list. Staff
// are set up through the HTTP API with their browser's cookies; the import is done on the pages.

const program = 'Saturday Study Buddies';
const password = 'correct horse battery';
const coordinator = { name: 'Cora Coordinator', email: 'cora@riverside.example' };

// Row 3 (the header is row 1) names a day that does not exist.
const csv = [
  'email,username,name,role,languages,availability,timezone',
  'nora@riverside.example,,Nora Newcomer,mentor,English; Spanish,mon 15:00-17:00,Europe/Madrid',
  'omar@riverside.example,,Omar Oddday,mentee,English,someday 16:00-17:00,Europe/Madrid',
  ',leo.k,Leo K,mentee,English,tue 16:00-17:00,Europe/Madrid',
].join('\r\n');

const { server: running, newContext, newPage, pageErrors } = journey();

test('a coordinator checks a CSV with one bad row, imports the valid rows and finds them in the list', async () => {
  // Setup shortcuts: the admin, a program, and its coordinator with two-factor on.
  const admin = apiOf(await newContext(), running().baseUrl);
  const { organizationId: orgId } = await admin<{ organizationId: string }>('POST', '/api/setup', {
    token: running().setupToken,
    organization: { name: 'Riverside Community Hub', kind: 'community', timeZone: 'Europe/Madrid' },
    admin: { name: 'Ada Admin', email: 'ada@riverside.example', password },
  });
  await enrolTwoFactor(admin, password);
  const programId = await createProgram(admin, orgId, program, 'saturday-study-buddies');
  const coordinatorContext = await newContext();
  const coordinatorApi = apiOf(coordinatorContext, running().baseUrl);
  const link = await invite(admin, orgId, coordinator.email, 'coordinator', programId);
  await coordinatorApi('POST', `/api/invitations/${new URL(link).pathname.split('/').pop()}/accept`, {
    account: { name: coordinator.name, password, locale: 'en' },
  });
  await enrolTwoFactor(coordinatorApi, password);

  // From the program page to the import page, where the template downloads.
  const page = await newPage(coordinatorContext);
  await page.goto(`${running().baseUrl}/programs/${programId}`);
  await waitForHeading(page, program);
  await page.getByRole('link', { name: 'Import participants from a CSV file' }).click();
  await waitForHeading(page, `Import participants into ${program}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download a template CSV with two example rows' }).click(),
  ]);
  const template = await readFile(await download.path(), 'utf8');
  expect(template.split('\r\n')[0]).toBe(
    'email,username,name,role,languages,experiences,interests,goals,strengths,availability,timezone,birth_date,gender,capacity,guardian_email',
  );

  // The file is checked: the bad row is named by its spreadsheet row and column; nothing is written.
  await page.locator('input[type=file]').setInputFiles({
    name: 'new-participants.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByText('File checked. Rows that can be imported: 2. Rows with errors: 1.').waitFor();
  for (const count of ['To create: 2', 'To update: 0', 'Unchanged: 0', 'Rejected: 1']) {
    await page.getByText(count, { exact: true }).waitFor();
  }
  const problems = page.getByRole('table', { name: 'Errors by spreadsheet row (the header is row 1)' });
  const problem = problems.getByRole('row').filter({ hasText: 'someday' });
  expect(await problem.getByRole('rowheader').textContent()).toBe('3');
  expect(await problem.getByRole('cell').first().textContent()).toBe('availability');
  const firstRows = page.getByRole('table', { name: 'The first 2 of 2 rows that can be imported' });
  await firstRows
    .getByRole('row')
    .filter({ hasText: 'Nora Newcomer' })
    .getByText('Create, with a new account')
    .waitFor();
  await firstRows.getByRole('row').filter({ hasText: 'leo.k' }).waitFor();
  expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);

  // The valid rows are imported, with the progress bar full at the end and the summary line.
  await page.getByRole('button', { name: 'Import the 2 valid rows, skip the 1 with errors' }).click();
  await page.getByText('created 2, updated 0, unchanged 0, rejected 1').waitFor();
  await page.getByText('Emailed a link to set their password: 1.').waitFor();
  await page.getByRole('status').filter({ hasText: 'Imported 2 of 2 rows.' }).waitFor();
  expect(await page.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('100');

  // The list shows the two new people and not the rejected one.
  await page.getByRole('link', { name: 'See the participants' }).click();
  await waitForHeading(page, `Participants of ${program}`);
  await waitForContent(page);
  for (const name of ['Nora Newcomer', 'Leo K']) await page.getByRole('link', { name, exact: true }).waitFor();
  expect(await page.getByRole('link', { name: 'Omar Oddday' }).count()).toBe(0);

  expect(pageErrors).toEqual([]);
}, 90_000);
