import type { TestApp } from '../support/test-app.ts';
import type { Expectation } from './expectations.ts';
import { sameBrowserCopy } from './machines.ts';
import { requestFor } from './requests.ts';
import { ACTORS, type ActorName, type World } from './world.ts';

// Refusals for reasons other than who is asking: the world is wrong, not the policy.
const NOT_ABOUT_ROLES = new Set([
  'TWO_FACTOR_REQUIRED',
  'CSRF_REJECTED',
  'RATE_LIMITED',
  'VALIDATION_FAILED',
  'VALIDATION_ERROR',
]);

/**
 * Ids the actor must never see: all of the other organization's, except, for the instance admin,
 * the organization itself and its admins (ARCHITECTURE.md: "organizations and their admins").
 */
function forbiddenIds(w: World, actor: ActorName): string[] {
  if (actor !== 'instanceAdmin') return w.other.ids;
  return w.other.ids.filter((id) => id !== w.other.orgId && id !== w.other.admin.userId);
}

/**
 * Asks every route of the table as every actor and returns every mismatch (status, or an id of
 * the other organization in the answer), so one run shows the whole picture, not the first fault.
 */
export async function runMatrix(t: TestApp, w: World, rows: Expectation[]): Promise<string[]> {
  const problems: string[] = [];
  for (const e of rows) {
    for (const [column, actor] of ACTORS.entries()) {
      const request = requestFor(w, e, actor);
      const { client, address } = w.actors[actor];
      const asker = request.isIsolated ? sameBrowserCopy(t, address, client) : client;
      const res = await asker.request(request.method, request.url, request.body);
      const label = `${actor} ${request.method} ${request.url} (${[e.scope, e.variant].filter(Boolean).join(', ')})`;
      const expected = e.statuses[column];
      const code = (res.body as { error?: { code?: string } } | null)?.error?.code ?? '';
      if (res.status !== expected) problems.push(`${label}: expected ${expected}, got ${res.status} ${code}`.trim());
      else if (NOT_ABOUT_ROLES.has(code)) problems.push(`${label}: answered ${code}, which says nothing about roles`);
      const leaked = forbiddenIds(w, actor).filter((id) => res.text.includes(id));
      if (leaked.length > 0) problems.push(`${label}: the answer holds ids of the other organization: ${leaked}`);
    }
  }
  return problems;
}
