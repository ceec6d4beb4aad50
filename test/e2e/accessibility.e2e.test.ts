import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkAdminPages } from './accessibility/admin-pages.ts';
import { checkConsistencyPages } from './accessibility/consistency-pages.ts';
import { checkGuardianPages, checkGuardianSchedule } from './accessibility/guardian-pages.ts';
import { checkImportPages } from './accessibility/import-pages.ts';
import { checkMatchingPages } from './accessibility/matching-pages.ts';
import { checkMeetingPages } from './accessibility/meeting-pages.ts';
import { checkMemberPages } from './accessibility/member-pages.ts';
import { checkParticipantPages } from './accessibility/participant-pages.ts';
import { checkProgramStaffPages } from './accessibility/program-staff-pages.ts';
import { checkPublicPages } from './accessibility/public-pages.ts';
import { checkSetupPages } from './accessibility/setup-pages.ts';
import { createTour, type Tour } from './accessibility/tour.ts';
import { declaredRoutes } from './support/accessibility.ts';
import { launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

// axe-core on every route of every role in English, and the public pages and homes in Spanish.
// The tests run in order on one server, each building on the people the one before brought in;
// they collect, and the last one asserts, so a single run names every page that is wrong.

let server: RunningServer;
let browser: Browser;
let tour: Tour;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  tour = createTour(server, browser);
});

afterAll(async () => {
  await tour?.close();
  await browser?.close();
  await server?.stop();
});

test('the setup steps before the instance has an owner, and the admin’s two-factor enrolment', async () => {
  await checkSetupPages(tour);
});

test('people of every role join through their invitations and reach their own pages', async () => {
  await checkMemberPages(tour);
});

test('coordinators, mentors and mentees on the participant, training and agreement pages', async () => {
  await checkParticipantPages(tour);
});

test('a guardian’s consent page in English and Spanish, and their children at home', async () => {
  await checkGuardianPages(tour);
});

test('the public pages, signed out, in English and Spanish', async () => {
  await checkPublicPages(tour);
});

test('the instance admin’s and organization admin’s pages', async () => {
  await checkAdminPages(tour);
});

test('the program staff’s training, agreement and accounts-without-email pages', async () => {
  await checkProgramStaffPages(tour);
});

test('the coordinator’s participants import, from a file with an error to the summary', async () => {
  await checkImportPages(tour);
});

test('matching: the coordinator’s run and approval, a mentee choosing a mentor, the pair accepting, the program’s matches', async () => {
  await checkMatchingPages(tour);
});

test('follow-through: the coordinator’s figures and calendar, the mentor’s reliability, the bell, reminders and the calendar link', async () => {
  await checkConsistencyPages(tour);
});

test('a match’s schedule: the rhythm form, proposals, moving and cancelling, commitments, the change log, the coordinator’s view', async () => {
  await checkMeetingPages(tour);
});

test('a guardian’s home once their child is matched and has a meeting, in English and Spanish', async () => {
  await checkGuardianSchedule(tour);
});

test('every route was checked and no page has a serious or critical violation, or lacks its one h1 and title', () => {
  const unchecked = declaredRoutes().filter((route) => !tour.report.checkedRoutes.has(route));
  expect(unchecked, 'routes in src/web/app/route-tree.tsx that no walk checked').toEqual([]);
  expect(tour.report.problems, `\n${tour.report.problems.join('\n')}\n`).toEqual([]);
  expect(tour.report.checkedPages()).toBeGreaterThan(50);
});
