import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { BASE_URL, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import type { Expectation } from './expectations.ts';
import { fromAddress, sameBrowserCopy } from './machines.ts';
import { type MatrixRequest, requestFor } from './requests.ts';
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
 * Opens a server-sent event stream as the client's browser would (its cookies, our Origin). An
 * answer that is a stream never ends for someone signed in: its first bytes are read, then the
 * connection is dropped (which ends the stream on the server too). An error is read whole.
 */
async function openStream(t: TestApp, address: string, client: TestClient, request: MatrixRequest) {
  const headers: Record<string, string> = { origin: BASE_URL, accept: 'text/event-stream' };
  if (client.cookies.size > 0) headers.cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fromAddress(t.app, address).inject({
    method: request.method,
    url: request.url,
    headers,
    payloadAsStream: true,
  });
  const stream = res.stream();
  let text = '';
  if (String(res.headers['content-type']).startsWith('text/event-stream')) {
    text = String((await once(stream, 'data'))[0]);
    stream.destroy();
    (res.raw.res as ServerResponse).destroy();
  } else {
    for await (const chunk of stream) text += String(chunk);
  }
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.statusCode, body, text };
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
      const res = request.isStream
        ? await openStream(t, address, client, request)
        : await asker.request(request.method, request.url, request.body);
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
