import type { Scope } from './expectations.ts';
import type { MatchingScope, MatchingWorld } from './matching-world.ts';
import type { Build } from './requests.ts';
import type { World } from './world.ts';

const programOf = (w: World, scope: Scope) =>
  scope === 'own' ? w.own.programId : scope === 'sibling' ? w.own.siblingProgramId : w.other.programId;
const placeOf = (scope: Scope): MatchingScope => (scope === 'own' || scope === 'sibling' ? scope : 'other');
const matchingOf = (w: World): MatchingWorld => {
  if (!w.matching) throw new Error('this world was built without matching');
  return w.matching;
};

/** MATCHING.md's defaults, sent back as they are: each success leaves the world as it was. */
const defaultSettings = {
  weights: { experiences: 0.5, goals: 0.2, interests: 0.1, availability: 0.15, language: 0.05 },
  minOverlapMinutes: 60,
  requireSharedLanguage: true,
  ageGap: { min: 1, max: 10 },
  objective: 'most-matched-then-score',
};

/** In A1 the mentor accepts and declines their other match, so the pair's match waits for the mentee. */
const answerable = (w: World, scope: Scope, actor: string) =>
  scope === 'own' && actor === 'mentor' ? matchingOf(w).mentorsOtherMatch : matchingOf(w).matches[placeOf(scope)];

// Matching (issue 4): settings, candidates, runs and approval for staff; matches for the pair and
// staff; mentee choice for the mentee themself.
export const matchingBuilders: Record<string, Build> = {
  'GET /api/programs/:programId/matching-settings': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/matching-settings`,
  }),
  'PUT /api/programs/:programId/matching-settings': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/matching-settings`,
    body: defaultSettings,
  }),
  'GET /api/programs/:programId/matching-candidates': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/matching-candidates`,
  }),
  'GET /api/programs/:programId/matching-runs': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/matching-runs`,
  }),
  // A run stores a proposal and matches nobody: each success leaves the people as they were.
  'POST /api/programs/:programId/matching-runs': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/matching-runs`,
    body: {},
  }),
  'GET /api/matching-runs/:runId': (w, scope) => ({
    url: `/api/matching-runs/${matchingOf(w).approvedRuns[placeOf(scope)]}`,
  }),
  'POST /api/matching-runs/:runId/approval': (w, scope, actor) => ({
    url: `/api/matching-runs/${matchingOf(w).runsToApprove[placeOf(scope)][actor]}/approval`,
    body: {},
  }),
  'GET /api/programs/:programId/matches': (w, scope) => ({ url: `/api/programs/${programOf(w, scope)}/matches` }),
  'GET /api/me/matches': () => ({ url: '/api/me/matches' }),
  'GET /api/matches/:matchId': (w, scope) => ({ url: `/api/matches/${matchingOf(w).matches[placeOf(scope)]}` }),
  'POST /api/matches/:matchId/closure': (w, scope, actor) => ({
    url: `/api/matches/${matchingOf(w).matchesToClose[placeOf(scope)][actor]}/closure`,
    body: { reason: `Closed by ${actor}`, rematch: true },
  }),
  'POST /api/matches/:matchId/acceptance': (w, scope, actor) => ({
    url: `/api/matches/${answerable(w, scope, actor)}/acceptance`,
    body: { agreementVersionId: matchingOf(w).agreementIds[placeOf(scope)] },
  }),
  // After acceptance: one of the pair may still decline a match the other has not accepted yet.
  'POST /api/matches/:matchId/decline': (w, scope, actor) => ({
    url: `/api/matches/${answerable(w, scope, actor)}/decline`,
    body: { reason: `Declined by ${actor}` },
  }),
  'GET /api/participants/:participantId/mentor-suggestions': (w, scope) => ({
    url: `/api/participants/${matchingOf(w).choosers[placeOf(scope)]}/mentor-suggestions`,
  }),
  'POST /api/participants/:participantId/mentor-requests': (w, scope) => ({
    url: `/api/participants/${matchingOf(w).choosers[placeOf(scope)]}/mentor-requests`,
    body: {
      mentorParticipantId: matchingOf(w).mentorsToAsk[placeOf(scope)],
      agreementVersionId: matchingOf(w).agreementIds[placeOf(scope)],
    },
  }),
};
