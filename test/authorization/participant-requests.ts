import { applicationFor } from '../support/factories.ts';
import type { Scope } from './expectations.ts';
import type { Build } from './requests.ts';
import { ACTORS, type ActorName, type World } from './world.ts';

const programOf = (w: World, scope: Scope) =>
  scope === 'own' ? w.own.programId : scope === 'sibling' ? w.own.siblingProgramId : w.other.programId;
/** The mentee participant of A1 (the mentee actor's own), of A2, or the other organization's participant. */
const menteeOf = (w: World, scope: Scope) =>
  scope === 'own'
    ? w.participants.ownMentee
    : scope === 'sibling'
      ? w.participants.siblingMentee
      : w.other.participantId;
/** Screening is for mentors. */
const mentorOf = (w: World, scope: Scope) =>
  scope === 'own'
    ? w.participants.ownMentor
    : scope === 'sibling'
      ? w.participants.siblingMentor
      : w.other.participantId;
const moduleOf = (w: World, scope: Scope) =>
  scope === 'own'
    ? w.participants.ownModuleId
    : scope === 'sibling'
      ? w.participants.siblingModuleId
      : w.other.moduleId;
/** A label of each program's vocabulary ("Moved countries"). */
const vocabularyOf = (w: World, scope: Scope) =>
  scope === 'own'
    ? w.participants.ownVocabularyId
    : scope === 'sibling'
      ? w.participants.siblingVocabularyId
      : w.other.experienceId;
/** The A1 mentee's lived experience, asked for under each scope's participant (only A1's holds it). */
const experienceRowOf = (w: World, scope: Scope) =>
  `/api/participants/${menteeOf(w, scope)}/experiences/${w.participants.ownExperienceRowId}`;
const allChoices = { useForMatching: true, showToMatch: true, showToMenteesChoosing: false, showToStaff: true };
const tag = (actor: ActorName, scope: Scope) => `${actor.toLowerCase()}-${scope}`;
/** One enrolee per actor (each holds the mentee role in A1 and in A2), so each success has its own person. */
const enroleeFor = (w: World, actor: ActorName) =>
  w.participants.enrolees[Math.min(ACTORS.indexOf(actor), w.participants.enrolees.length - 1)] as string;

const quizModule = (slug: string) => ({
  slug,
  title: `Module ${slug}`,
  body: 'Read this before your first meeting.',
  questions: [
    {
      id: 'q1',
      prompt: 'Who decides what a mentee shares?',
      options: [
        { id: 'a', text: 'The mentee', explanation: 'Yes: it is their story.' },
        { id: 'b', text: 'The mentor', explanation: 'No: the mentee decides.' },
      ],
      correct: 'a',
    },
  ],
  passMark: 100,
  isRequired: false,
});

// The participants feature, training, screening and the agreement: requests with real ids of each scope.
export const participantBuilders: Record<string, Build> = {
  // Accounts without email: a fresh username per actor and scope; a reissue for each program's
  // username account (another organization's program is not found before its person is looked at).
  'GET /api/programs/:programId/username-accounts': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/username-accounts`,
  }),
  'POST /api/programs/:programId/username-accounts': (w, scope, actor) => ({
    url: `/api/programs/${programOf(w, scope)}/username-accounts`,
    body: { username: `young-${tag(actor, scope)}`, name: 'Young Person', role: 'mentee', locale: 'en' },
  }),
  'POST /api/programs/:programId/username-accounts/:userId/setup-codes': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/username-accounts/${
      scope === 'own'
        ? w.participants.ownUsernameAccount
        : scope === 'sibling'
          ? w.participants.siblingUsernameAccount
          : w.other.participantId
    }/setup-codes`,
  }),
  'POST /api/setup-codes/redeem': (w, _scope, actor, variant) => {
    const mine = w.participants.setupCodes[ACTORS.indexOf(actor)] ?? { username: 'nobody', code: '' };
    return variant === 'a valid code'
      ? { url: '/api/setup-codes/redeem', body: { ...mine, password: 'a brand new password' }, isIsolated: true }
      : { url: '/api/setup-codes/redeem', body: { ...mine, code: 'AAAA-BBBB-CCCC', password: 'a brand new password' } };
  },
  'GET /api/programs/:programId/participation': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/participation`,
  }),
  // Opening forms that are open already: each success leaves the world as it was.
  'PATCH /api/programs/:programId/participation': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/participation`,
    body: { mentorApplicationsOpen: true, menteeApplicationsOpen: true },
  }),
  'POST /api/programs/:programId/applications': (w, scope, actor) => ({
    url: `/api/programs/${programOf(w, scope)}/applications`,
    body: applicationFor(actor === 'mentor' ? 'mentor' : 'mentee'),
  }),
  'POST /api/programs/:programId/participants': (w, scope, actor) => ({
    url: `/api/programs/${programOf(w, scope)}/participants`,
    body: { ...applicationFor('mentee'), userId: enroleeFor(w, actor) },
  }),
  'GET /api/programs/:programId/participants': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/participants`,
  }),
  'GET /api/programs/:programId/participants.csv': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/participants.csv`,
  }),
  'POST /api/programs/:programId/imports/preview': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/imports/preview`,
    body: { csv: 'email,role\r\n' },
  }),
  'POST /api/programs/:programId/imports': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/imports`,
    body: { csv: 'email,role\r\n', validOnly: false },
  }),
  'GET /api/me/participations': () => ({ url: '/api/me/participations' }),
  'GET /api/participants/:participantId': (w, scope) => ({ url: `/api/participants/${menteeOf(w, scope)}` }),
  'GET /api/participants/:participantId/timeline': (w, scope) => ({
    url: `/api/participants/${menteeOf(w, scope)}/timeline`,
  }),
  // Pause, resume, pause: each staff success is a valid move from where the one before left it.
  'POST /api/participants/:participantId/transitions': (w, scope, actor) => ({
    url: `/api/participants/${menteeOf(w, scope)}/transitions`,
    body: { to: actor === 'admin' ? 'resume' : 'paused', reason: `matrix ${tag(actor, scope)}` },
  }),
  'GET /api/programs/:programId/training-modules': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/training-modules`,
  }),
  'POST /api/programs/:programId/training-modules': (w, scope, actor) => ({
    url: `/api/programs/${programOf(w, scope)}/training-modules`,
    body: quizModule(`m-${tag(actor, scope)}`),
  }),
  'GET /api/training-modules/:moduleId': (w, scope) => ({ url: `/api/training-modules/${moduleOf(w, scope)}` }),
  'PATCH /api/training-modules/:moduleId': (w, scope, actor) => ({
    url: `/api/training-modules/${moduleOf(w, scope)}`,
    body: { summary: `Changed by ${actor}` },
  }),
  'POST /api/participants/:participantId/training/:moduleId/attempts': (w, scope) => ({
    url: `/api/participants/${menteeOf(w, scope)}/training/${moduleOf(w, scope)}/attempts`,
    body: { answers: w.participants.ownModuleAnswers },
  }),
  'GET /api/participants/:participantId/training': (w, scope) => ({
    url: `/api/participants/${menteeOf(w, scope)}/training`,
  }),
  'GET /api/programs/:programId/agreement': (w, scope) => ({ url: `/api/programs/${programOf(w, scope)}/agreement` }),
  'POST /api/programs/:programId/agreement/versions': (w, scope, actor) => ({
    url: `/api/programs/${programOf(w, scope)}/agreement/versions`,
    body: {
      texts: {
        en: `Version by ${tag(actor, scope)}: what is said between you stays private, unless someone is at risk.`,
      },
    },
  }),
  // Version 1, the default every program starts with: these rows run before any new version.
  'POST /api/participants/:participantId/agreement-acknowledgements': (w, scope) => ({
    url: `/api/participants/${menteeOf(w, scope)}/agreement-acknowledgements`,
    body: { version: 1, language: 'en' },
  }),
  'GET /api/participants/:participantId/agreement-acknowledgements': (w, scope) => ({
    url: `/api/participants/${menteeOf(w, scope)}/agreement-acknowledgements`,
  }),
  'POST /api/participants/:participantId/screening-checks': (w, scope) => ({
    url: `/api/participants/${mentorOf(w, scope)}/screening-checks`,
    body: { kind: 'reference', checkedOn: '2026-01-15', outcome: 'passed', expiresOn: null },
  }),
  'GET /api/participants/:participantId/screening-checks': (w, scope) => ({
    url: `/api/participants/${mentorOf(w, scope)}/screening-checks`,
  }),
  'GET /api/programs/:programId/experiences': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/experiences`,
  }),
  'POST /api/programs/:programId/experiences': (w, scope, actor) => ({
    url: `/api/programs/${programOf(w, scope)}/experiences`,
    body: { label: `Label ${tag(actor, scope)}` },
  }),
  // Keeping a label offered that is offered already: each success leaves the world as it was.
  'PATCH /api/programs/:programId/experiences/:experienceId': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/experiences/${vocabularyOf(w, scope)}`,
    body: { archived: false },
  }),
  'GET /api/participants/:participantId/profile': (w, scope) => ({
    url: `/api/participants/${menteeOf(w, scope)}/profile`,
  }),
  'PATCH /api/participants/:participantId/profile': (w, scope, actor) => ({
    url: `/api/participants/${menteeOf(w, scope)}/profile`,
    body: { interests: [`matrix ${tag(actor, scope)}`] },
  }),
  'GET /api/participants/:participantId/experiences': (w, scope) => ({
    url: `/api/participants/${menteeOf(w, scope)}/experiences`,
  }),
  'POST /api/participants/:participantId/experiences': (w, scope) => ({
    url: `/api/participants/${menteeOf(w, scope)}/experiences`,
    body: { experienceId: vocabularyOf(w, scope), choices: allChoices, language: 'en' },
  }),
  // New choices, then withdrawal, then removal: the rows run in that order on the same experience.
  'POST /api/participants/:participantId/experiences/:participantExperienceId/consents': (w, scope) => ({
    url: `${experienceRowOf(w, scope)}/consents`,
    body: { choices: allChoices, language: 'es' },
  }),
  'POST /api/participants/:participantId/experiences/:participantExperienceId/withdrawal': (w, scope) => ({
    url: `${experienceRowOf(w, scope)}/withdrawal`,
    body: {},
  }),
  'DELETE /api/participants/:participantId/experiences/:participantExperienceId': (w, scope) => ({
    url: experienceRowOf(w, scope),
  }),
};
