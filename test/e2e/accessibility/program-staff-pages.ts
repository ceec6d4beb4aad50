import type { Page } from 'playwright-core';
import { en, program, type Tour } from './tour.ts';

interface ModuleSummary {
  id: string;
  title: string;
}

/**
 * The program staff's editing pages, reached from the program page: the training modules (a
 * shipped one opened, a new one written with a quiz), the confidentiality agreement (previewed,
 * then a new version published) and the accounts without email (a new setup code, a new account).
 */
export async function checkProgramStaffPages(tour: Tour): Promise<void> {
  const cora = tour.pages.coordinator!;
  const base = `/programs/${tour.ids.program}`;
  const state = 'coordinator';

  // The list, opened from the program page's link.
  await tour.visit(cora, base, { route: '/programs/$programId', heading: program, state: 'staff links' });
  await cora.getByRole('link', { name: en('program.trainingLink') }).click();
  const list = { route: '/programs/$programId/training-modules', heading: en('trainingEditor.listTitle', { program }) };
  await tour.check(cora, { ...list, state });

  // A shipped module in its editor, its lesson in the preview tab.
  const [shipped] = await tour.api(cora)<ModuleSummary[]>('GET', `/api/programs/${tour.ids.program}/training-modules`);
  const edit = { route: '/programs/$programId/training-modules/$moduleId' };
  await cora.getByRole('link', { name: en('trainingEditor.editModule', { title: shipped!.title }) }).click();
  await tour.check(cora, { ...edit, heading: en('trainingEditor.editTitle', { title: shipped!.title }), state });
  await cora.getByRole('tab', { name: en('markdownEditor.preview') }).click();
  await tour.check(cora, {
    ...edit,
    heading: en('trainingEditor.editTitle', { title: shipped!.title }),
    state: 'lesson preview',
  });

  // A new module: refused while empty, then written with one question and created.
  const create = { route: '/programs/$programId/training-modules/new', heading: en('trainingEditor.newTitle') };
  await tour.visit(cora, `${base}/training-modules/new`, { ...create, state: 'empty' });
  await cora.getByRole('button', { name: en('trainingEditor.create') }).click();
  await cora.getByText(en('trainingEditor.chooseCorrect')).waitFor();
  await tour.check(cora, { ...create, state: 'errors beside the fields' });
  await writeModule(cora, 'Saying goodbye well');
  await cora.getByRole('button', { name: en('trainingEditor.create') }).click();
  await tour.check(cora, {
    ...edit,
    heading: en('trainingEditor.editTitle', { title: 'Saying goodbye well' }),
    state: 'just created',
  });
  await cora.getByLabel(en('trainingEditor.passMark'), { exact: true }).fill('100');
  await cora.getByRole('button', { name: en('trainingEditor.save') }).click();
  await cora.getByText(en('trainingEditor.saved', { title: 'Saying goodbye well' })).waitFor();

  // The agreement: the current version, a preview of the new text, then version 2 published.
  const agreement = { route: '/programs/$programId/agreement', heading: en('agreementEditor.title', { program }) };
  await tour.visit(cora, `${base}/agreement`, { ...agreement, state });
  const english = cora.getByRole('tablist', { name: en('agreementEditor.textIn', { language: 'English' }) });
  await english.getByRole('tab', { name: en('markdownEditor.preview') }).click();
  await tour.check(cora, { ...agreement, state: 'new text previewed' });
  await cora.getByRole('button', { name: en('agreementEditor.publish', { version: '2' }) }).click();
  await cora.getByText(en('agreementEditor.published', { version: '2' })).waitFor();
  await cora.getByRole('button', { name: en('agreementEditor.publish', { version: '3' }) }).waitFor();
  await tour.check(cora, { ...agreement, state: 'version 2 published' });

  // Accounts without email: Sam K (made on the participants page) gets a new code on a card.
  const accounts = {
    route: '/programs/$programId/username-accounts',
    heading: en('usernameAccounts.title', { program }),
  };
  await tour.visit(cora, `${base}/username-accounts`, { ...accounts, state });
  await cora.getByRole('button', { name: en('usernameAccounts.issueFor', { name: 'Sam K' }) }).click();
  await cora.getByTestId('handover-code').waitFor();
  await tour.check(cora, { ...accounts, state: 'new setup code handed over' });

  // Another account made on the same page: its card replaces Sam's, and the list grows.
  const form = cora.getByRole('region', { name: en('youngAccounts.title') });
  await form.getByLabel(en('fields.name'), { exact: true }).fill('Lee P');
  await form.getByLabel(en('youngAccounts.username'), { exact: true }).fill('lee.p');
  await form.getByRole('button', { name: en('youngAccounts.create') }).click();
  await cora.getByTestId('handover-username').getByText('lee.p').waitFor();
  await cora.getByRole('button', { name: en('usernameAccounts.issueFor', { name: 'Lee P' }) }).waitFor();
  await tour.check(cora, { ...accounts, state: 'account created on the page' });
}

/** Fills the new-module form as a coordinator would, marking the first option correct. */
async function writeModule(page: Page, title: string): Promise<void> {
  await page.getByLabel(en('trainingEditor.moduleTitle'), { exact: true }).fill(title);
  await page.getByLabel(en('trainingEditor.slug'), { exact: true }).fill('saying-goodbye');
  await page
    .getByRole('textbox', { name: en('trainingEditor.body'), exact: true })
    .fill('# Endings\n\nA match ends well when both people **know it is coming**.');
  const question = page.getByRole('group', { name: en('trainingEditor.questionN', { n: '1' }) });
  await question
    .getByRole('textbox', { name: en('trainingEditor.prompt'), exact: true })
    .fill('When do you say goodbye?');
  const options = [
    ['In a last meeting you planned together', 'Yes: a planned ending lets both of you look back.'],
    ['By not turning up any more', 'No: disappearing leaves a young person wondering what they did wrong.'],
  ] as const;
  for (const [index, [text, explanation]] of options.entries()) {
    const n = String(index + 1);
    await question.getByLabel(en('trainingEditor.optionN', { n }), { exact: true }).fill(text);
    await question.getByLabel(en('trainingEditor.explanationN', { n }), { exact: true }).fill(explanation);
  }
  await question
    .getByRole('radio', { name: en('trainingEditor.correctChoice', { n: '1', text: options[0][0] }) })
    .check();
}
