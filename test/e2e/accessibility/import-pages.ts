import { en, program, type Tour } from './tour.ts';

/**
 * The coordinator's participants import: the columns explained, a file with one bad row checked
 * (problems and first rows shown), then its valid row imported, ending on the summary.
 */
export async function checkImportPages(tour: Tour): Promise<void> {
  const cora = tour.pages.coordinator!;
  const page = { route: '/programs/$programId/import', heading: en('participantImport.title', { program }) };
  await tour.visit(cora, `/programs/${tour.ids.program}/import`, { ...page, state: 'no file yet' });
  await cora.locator('input[type=file]').setInputFiles({
    name: 'participants.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'email,name,role,languages,availability,timezone\n' +
        'ana@hillside.example,Ana Import,mentee,English,mon 15:00-16:00,Europe/London\n' +
        'not-an-email,Ben Import,mentee,English,,Europe/London\n',
    ),
  });
  const importValid = en('participantImport.importValid', { valid: '1', rejected: '1' });
  await cora.getByRole('button', { name: importValid }).waitFor();
  await tour.check(cora, { ...page, state: 'a file with an error checked' });
  await cora.getByRole('button', { name: importValid }).click();
  await cora.getByText(en('participantImport.doneTitle')).waitFor();
  await tour.check(cora, { ...page, state: 'its valid rows imported' });
}
