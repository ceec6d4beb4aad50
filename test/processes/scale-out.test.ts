import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolTwoFactor, HttpClient, setUpThrough, signIn } from './support/http-client.ts';
import { type RunningServer, setupTokenFrom, startServer } from './support/server.ts';
import { SmtpSink } from './support/smtp-sink.ts';
import { childEnv, sharedSecrets } from './support/trellis.ts';

const serverUrl = process.env.DATABASE_URL;
const name = `trellis_scaleout_${process.pid}`;
// Both processes sit behind one address, as behind a load balancer: same base URL, same keys.
const BASE_URL = 'http://trellis.test';

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// Two `trellis serve` processes on one PostgreSQL database (PostgreSQL lane only).
describe.skipIf(!serverUrl)('two Trellis processes on one PostgreSQL', () => {
  const smtp = new SmtpSink();
  const servers: Record<'a' | 'b', RunningServer | undefined> = { a: undefined, b: undefined };
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await admin(async (c) => {
      await c.query(`drop database if exists ${name} with (force)`);
      await c.query(`create database ${name}`);
    });
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    await smtp.start();
    env = childEnv({
      DATABASE_URL: url.toString(),
      TRELLIS_BASE_URL: BASE_URL,
      SMTP_URL: smtp.url,
      ...sharedSecrets(),
    });
    servers.a = await startServer(env);
    servers.b = await startServer(env); // after A: it finds the schema migrated
  });

  afterAll(async () => {
    for (const server of Object.values(servers)) await server?.process.stop('SIGKILL');
    await smtp.stop();
    await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  });

  const at = (which: 'a' | 'b', path: string) => `${servers[which]?.url}${path}`;
  const invitationsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

  /** Invites through `which`, waits for the email, then long enough for a duplicate to show up. */
  async function inviteAndCollect(client: HttpClient, which: 'a' | 'b', orgId: string, email: string) {
    const res = await client.post(at(which, `/api/organizations/${orgId}/invitations`), { email, role: 'admin' });
    expect(res.status).toBe(201);
    await smtp.waitFor((m) => m.to.includes(email));
    await new Promise((resolve) => setTimeout(resolve, 5_000)); // > two pg-boss polling intervals
    return invitationsTo(email);
  }

  it('share sessions, send each enqueued email once, and keep both across a restart of one', async () => {
    const first = new HttpClient(BASE_URL);
    const { orgId, email } = await setUpThrough(first, at('a', ''), setupTokenFrom(servers.a?.process.stdout ?? ''));

    // A session made through A is a session on B.
    const person = new HttpClient(BASE_URL);
    await signIn(person, at('a', ''), email, null);
    const me = await person.get(at('b', '/api/me'));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, isInstanceAdmin: true });

    await enrolTwoFactor(person, at('b', ''));
    const before = await inviteAndCollect(person, 'b', orgId, 'first@hill.example');
    expect(before).toHaveLength(1);
    const token = before[0]?.text.match(/http:\/\/trellis\.test\/invitations\/([A-Za-z0-9_-]+)/)?.[1];
    expect((await person.get(at('a', `/api/invitations/${token}`))).status).toBe(200);

    // Stop B right after it enqueued an email: the job is finished by B's graceful stop or by A.
    const during = await person.post(at('b', `/api/organizations/${orgId}/invitations`), {
      email: 'during@hill.example',
      role: 'admin',
    });
    expect(during.status).toBe(201);
    const stopped = await servers.b?.process.stop('SIGTERM');
    expect(stopped?.code).toBe(0);
    servers.b = await startServer(env, { port: servers.b?.port });

    expect((await person.get(at('b', '/api/me'))).status).toBe(200);
    const after = await inviteAndCollect(person, 'b', orgId, 'second@hill.example');
    expect(after).toHaveLength(1);
    expect(after[0]?.mailId).not.toBe(before[0]?.mailId);
    expect(invitationsTo('during@hill.example')).toHaveLength(1);
    expect(invitationsTo('first@hill.example')).toHaveLength(1); // not sent again by the restarted worker

    const outbox = await person.get(at('a', `/api/organizations/${orgId}/outbox`));
    const statuses = (outbox.body as { to: string; status: string }[]).map((m) => `${m.to} ${m.status}`);
    expect(statuses.sort()).toEqual([
      'during@hill.example sent',
      'first@hill.example sent',
      'second@hill.example sent',
    ]);
  }, 180_000);
});
