import { chooseLanguage } from '../support/accessibility.ts';
import { acceptAsNewAccount, createProgram, invite } from '../support/cast.ts';
import { text } from '../support/i18n.ts';
import { enrolTwoFactor, waitForHeading } from '../support/people.ts';
import { en, password, people, program, type Tour } from './tour.ts';

const welcome = (name: string) => en('home.welcome', { name });

/** People of every role join through their invitations; each role's own pages are checked. */
export async function checkMemberPages(tour: Tour): Promise<void> {
  const { ids, links, pages } = tour;
  const api = tour.api(pages.admin!);
  ids.org = (await api<{ roles: { organizationId: string }[] }>('GET', '/api/me')).roles[0]!.organizationId;
  ids.program = await createProgram(api, ids.org, program, 'reading-buddies');
  ids.otherProgram = await createProgram(api, ids.org, 'Careers Circle', 'careers-circle');
  links.used = await invite(api, ids.org, people.coordinator.email, 'coordinator', ids.program);
  links.pending = await invite(api, ids.org, 'nia@hillside.example', 'mentor', ids.program);
  const invited = {
    safeguarding: await invite(api, ids.org, people.safeguarding.email, 'safeguarding_lead', null),
    mentor: await invite(api, ids.org, people.mentor.email, 'mentor', ids.program),
    mentee: await invite(api, ids.org, people.mentee.email, 'mentee', ids.program),
  };

  // The coordinator accepts on the page, then must enrol before reaching anything else.
  const state = 'coordinator';
  const cora = await tour.newPage(new URL(links.used).pathname);
  await tour.check(cora, { route: '/invitations/$token', heading: 'Invitation', state: 'new account' });
  await cora.getByLabel('Your name').fill(people.coordinator.name);
  await cora.getByLabel('Password', { exact: true }).fill(password);
  await cora.getByLabel('Confirm password').fill(password);
  await cora.getByRole('button', { name: 'Accept invitation' }).click();
  await enrolTwoFactor(cora, password, async (step) => {
    if (step === 'password') await tour.check(cora, { route: '/two-factor', heading: en('twoFactor.title'), state });
  });
  await tour.check(cora, { route: '/', heading: welcome(people.coordinator.name), state });
  await tour.visit(cora, `/programs/${ids.program}`, { route: '/programs/$programId', heading: program, state });
  await tour.visit(cora, '/account', { route: '/account', heading: en('account.title'), state });
  pages.coordinator = cora;

  // The others accept through the API (the same front door): their own pages are what matters here.
  const join = async (person: { name: string }, link: string, role: string, isStaff: boolean) => {
    const page = await tour.newPage();
    await acceptAsNewAccount(tour.api(page), link, person.name, password);
    await page.goto(`${tour.server.baseUrl}/`);
    if (isStaff) await enrolTwoFactor(page, password);
    await tour.check(page, { route: '/', heading: welcome(person.name), state: role });
    await tour.visit(page, '/account', { route: '/account', heading: en('account.title'), state: role });
    const twoFactor = { route: '/two-factor', heading: en('twoFactor.title') };
    if (!isStaff) await tour.visit(page, '/two-factor', { ...twoFactor, state: `${role}, optional` });
    return page;
  };
  await join(people.safeguarding, invited.safeguarding, 'safeguarding lead', true);
  pages.mentor = await join(people.mentor, invited.mentor, 'mentor', false);
  pages.mentee = await join(people.mentee, invited.mentee, 'mentee', false);

  // An invitation for an address that has an account: seen by its owner, and by someone else.
  links.existing = await invite(api, ids.org, people.mentee.email, 'mentor', ids.otherProgram);
  const existing = { route: '/invitations/$token', heading: 'Invitation' };
  const path = new URL(links.existing).pathname;
  await tour.visit(pages.mentee, path, { ...existing, state: 'existing account, signed in' });
  await pages.mentee.getByRole('button', { name: 'Accept invitation' }).waitFor();
  await tour.visit(pages.mentor, path, { ...existing, state: 'signed in as someone else' });
  const wrongAccount = en('invitation.wrongAccount', { current: people.mentor.email, invited: people.mentee.email });
  await pages.mentor.getByText(wrongAccount).waitFor();

  // A participant's home in Spanish, switched in the header.
  await pages.mentee.goto(`${tour.server.baseUrl}/`);
  await waitForHeading(pages.mentee, welcome(people.mentee.name));
  await chooseLanguage(pages.mentee, 'es');
  const heading = text('es', 'home.welcome', { name: people.mentee.name });
  await tour.check(pages.mentee, { route: '/', language: 'es', heading, state: 'mentee' });
}
