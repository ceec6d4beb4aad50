import { PASSWORD } from '../support/factories.ts';
import type { Scope } from './expectations.ts';
import type { Build } from './requests.ts';
import { ACTORS, type ActorName, type World } from './world.ts';

const menteeOf = (w: World, scope: Scope) =>
  scope === 'own'
    ? w.participants.ownMentee
    : scope === 'sibling'
      ? w.participants.siblingMentee
      : w.other.participantId;
const pick = (pool: string[], actor: ActorName) => pool[Math.min(ACTORS.indexOf(actor), pool.length - 1)] as string;

// Guardians: the public link (the token is the credential), a guardian's own views, staff resends.
export const guardianBuilders: Record<string, Build> = {
  'GET /api/guardian-links/:token': (w) => ({ url: `/api/guardian-links/${w.guardians.previewToken}?language=es` }),
  // Consenting creates an account and signs it in: the answer's cookies stay away from the actor.
  'POST /api/guardian-links/:token/consent': (w, _scope, actor) => ({
    url: `/api/guardian-links/${pick(w.guardians.openTokens, actor)}/consent`,
    body: { language: 'en', name: 'A Guardian', password: PASSWORD },
    isIsolated: true,
  }),
  'GET /api/me/children': () => ({ url: '/api/me/children' }),
  'POST /api/guardianships/:guardianshipId/withdraw': (w) => ({
    url: `/api/guardianships/${w.guardians.someoneElsesGuardianshipId}/withdraw`,
    body: {},
  }),
  'POST /api/participants/:participantId/guardian-links': (w, scope, actor) => ({
    url: `/api/participants/${menteeOf(w, scope)}/guardian-links`,
    body: { email: `resent-${actor.toLowerCase()}-${scope}@family.example` },
  }),
};
