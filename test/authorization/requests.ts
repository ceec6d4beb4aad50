import { PASSWORD } from '../support/factories.ts';
import { authBuilders } from './auth-requests.ts';
import type { Expectation, Scope } from './expectations.ts';
import { guardianBuilders } from './guardian-requests.ts';
import { matchingBuilders } from './matching-requests.ts';
import { meetingBuilders } from './meeting-requests.ts';
import { participantBuilders } from './participant-requests.ts';
import { ACTORS, type ActorName, type World } from './world.ts';

export interface MatrixRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  /** The answer's cookies would make the actor someone else (a new account): keep them apart. */
  isIsolated?: boolean;
  /** A server-sent event stream, which never ends for a signed-in person: only its start is read. */
  isStream?: boolean;
}

export type Build = (
  w: World,
  scope: Scope,
  actor: ActorName,
  variant: string | undefined,
) => Omit<MatrixRequest, 'method'>;

const orgOf = (w: World, scope: Scope) => (scope === 'other' ? w.other.orgId : w.own.orgId);
const programOf = (w: World, scope: Scope) =>
  scope === 'own' ? w.own.programId : scope === 'sibling' ? w.own.siblingProgramId : w.other.programId;
/** One id of a pool per actor, so that each request that may change something has its own target. */
const pick = (pool: string[], actor: ActorName) => pool[Math.min(ACTORS.indexOf(actor), pool.length - 1)] as string;
const tag = (actor: ActorName, scope: Scope) => `${actor.toLowerCase()}-${scope}`;

const programBody = (slug: string) => ({
  name: `Program ${slug}`,
  slug,
  startsOn: '2026-09-01',
  endsOn: '2027-07-15',
  cadence: { frequency: 'monthly', minutes: 60 },
});

// How to ask each route, with real ids: "own" is the actor's organization (and program A1),
// "sibling" another program of it, "other" the other organization, "mixed" our organization in
// the path with an id of the other organization after it.
const builders: Record<string, Build> = {
  'GET /healthz': () => ({ url: '/healthz' }),
  'GET /readyz': () => ({ url: '/readyz' }),
  'GET /api/openapi.json': () => ({ url: '/api/openapi.json' }),
  'GET /api/docs': () => ({ url: '/api/docs' }),
  'GET /api/docs/': () => ({ url: '/api/docs/' }),
  'GET /api/docs/static/index.html': () => ({ url: '/api/docs/static/index.html' }),
  'GET /api/docs/static/swagger-initializer.js': () => ({ url: '/api/docs/static/swagger-initializer.js' }),
  'GET /api/docs/static/*': () => ({ url: '/api/docs/static/swagger-ui.css' }),
  'GET /api/docs/json': () => ({ url: '/api/docs/json' }),
  'GET /api/docs/yaml': () => ({ url: '/api/docs/yaml' }),
  // The app serves its files only when index.html was built, so that one is always there.
  'GET /{web app file}': () => ({ url: '/index.html' }),
  'GET /api/setup': () => ({ url: '/api/setup' }),
  'POST /api/setup': () => ({
    url: '/api/setup',
    body: {
      token: 'not-the-printed-token',
      organization: { name: 'Claimed', kind: 'school', timeZone: 'Europe/London' },
      admin: { name: 'Claimer', email: 'claimer@example.com', password: PASSWORD },
    },
  }),
  'GET /api/me': () => ({ url: '/api/me' }),
  'PATCH /api/me': () => ({ url: '/api/me', body: { locale: 'en' } }),
  'GET /api/organizations': () => ({ url: '/api/organizations' }),
  'POST /api/organizations': (_w, scope, actor) => ({
    url: '/api/organizations',
    body: { name: `Org ${tag(actor, scope)}`, kind: 'community', timeZone: 'Europe/Dublin' },
  }),
  'GET /api/organizations/:orgId': (w, scope) => ({ url: `/api/organizations/${orgOf(w, scope)}` }),
  'GET /api/organizations/:orgId/programs': (w, scope) => ({ url: `/api/organizations/${orgOf(w, scope)}/programs` }),
  'POST /api/organizations/:orgId/programs': (w, scope, actor) => ({
    url: `/api/organizations/${orgOf(w, scope)}/programs`,
    body: programBody(`p-${tag(actor, scope)}`),
  }),
  'GET /api/programs/:programId': (w, scope) => ({ url: `/api/programs/${programOf(w, scope)}` }),
  'PATCH /api/programs/:programId': (w, scope, actor) => ({
    url: `/api/programs/${programOf(w, scope)}`,
    body: { description: `Changed by ${actor}` },
  }),
  'GET /api/organizations/:orgId/members': (w, scope) => ({ url: `/api/organizations/${orgOf(w, scope)}/members` }),
  'GET /api/organizations/:orgId/admins': (w, scope) => ({ url: `/api/organizations/${orgOf(w, scope)}/admins` }),
  'DELETE /api/organizations/:orgId/roles/:assignmentId': (w, scope, actor) => ({
    url: `/api/organizations/${orgOf(w, scope)}/roles/${pick(scope === 'own' ? w.own.assignmentIds : w.other.assignmentIds, actor)}`,
  }),
  'GET /api/organizations/:orgId/invitations': (w, scope) => ({
    url: `/api/organizations/${orgOf(w, scope)}/invitations`,
  }),
  'POST /api/organizations/:orgId/invitations': (w, scope, actor, variant) => ({
    url: `/api/organizations/${orgOf(w, scope)}/invitations`,
    body:
      variant === 'an admin'
        ? { email: `${tag(actor, scope)}-admin@invited.example`, role: 'admin', programId: null }
        : { email: `${tag(actor, scope)}@invited.example`, role: 'mentor', programId: programOf(w, scope) },
  }),
  'DELETE /api/organizations/:orgId/invitations/:invitationId': (w, scope, actor) => ({
    url: `/api/organizations/${orgOf(w, scope)}/invitations/${pick(scope === 'own' ? w.own.openInvitationIds : w.other.openInvitationIds, actor)}`,
  }),
  'GET /api/invitations/:token': (w) => ({ url: `/api/invitations/${w.own.someoneElsesToken}` }),
  'POST /api/invitations/:token/accept': (w, _scope, actor, variant) =>
    variant === 'a new address'
      ? {
          url: `/api/invitations/${pick(w.own.newAddressTokens, actor)}/accept`,
          body: { account: { name: 'New Person', password: PASSWORD } },
          isIsolated: true,
        }
      : { url: `/api/invitations/${w.own.someoneElsesToken}/accept`, body: {} },
  'GET /api/organizations/:orgId/audit-events': (w, scope) => ({
    url: `/api/organizations/${orgOf(w, scope)}/audit-events`,
  }),
  'GET /api/instance/audit-events': () => ({ url: '/api/instance/audit-events' }),
  'GET /api/organizations/:orgId/outbox': (w, scope) => ({ url: `/api/organizations/${orgOf(w, scope)}/outbox` }),
  'GET /api/instance/outbox': () => ({ url: '/api/instance/outbox' }),
  ...participantBuilders,
  ...guardianBuilders,
  ...matchingBuilders,
  ...meetingBuilders,
  ...authBuilders,
};

export function hasBuilder(route: string): boolean {
  return route in builders;
}

export function requestFor(w: World, e: Expectation, actor: ActorName): MatrixRequest {
  const build = builders[e.route];
  if (!build) throw new Error(`no request written for ${e.route}`);
  const method = e.route.split(' ')[0] as MatrixRequest['method'];
  return { method, ...build(w, e.scope, actor, e.variant) };
}
