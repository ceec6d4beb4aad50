import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot } from './support/folder-snapshot.ts';
import { enrolTwoFactor, HttpClient, setUpThrough, signIn } from './support/http-client.ts';
import { type RunningServer, setupTokenFrom, startServer } from './support/server.ts';
import { childEnv, freePort, runTrellis, sharedSecrets, tempDir } from './support/trellis.ts';

const dir = tempDir('cli-database');
const dataDir = join(dir.path, 'data');
const secrets = sharedSecrets();
// The CLI's own base URL differs from the server's: a link printed with the server's base URL
// can only have been made by the server, i.e. the command went through its socket.
const cliEnv = childEnv({ TRELLIS_DATA_DIR: dataDir, TRELLIS_BASE_URL: 'http://cli.invalid', ...secrets });
const servers: RunningServer[] = [];

async function serveOn(folder: string): Promise<RunningServer> {
  const port = await freePort();
  const env = childEnv({ TRELLIS_DATA_DIR: folder, TRELLIS_BASE_URL: `http://127.0.0.1:${port}`, ...secrets });
  const server = await startServer(env, { port });
  servers.push(server);
  return server;
}

const trellis = (...args: string[]) => runTrellis(args, cliEnv);
const invitationToken = (stdout: string, base: string) =>
  stdout.match(new RegExp(`${base.replace(/[.]/g, '\\.')}/invitations/([A-Za-z0-9_-]+)`))?.[1];
const createdId = (stdout: string) => stdout.match(/with id ([0-9a-f-]{36})/)?.[1];

afterAll(async () => {
  for (const server of servers) await server.process.stop('SIGKILL');
  dir.remove();
});

// One data folder through its life: commands without a server, with one, backup and restore.
describe('trellis database commands', () => {
  const backupFile = join(dir.path, 'trellis-backup.tar.gz');
  const state = { directOrgId: '', directToken: '', socketOrgId: '', otpauth: '', email: '' };

  it('open the data folder themselves while no server runs', async () => {
    const org = await trellis(
      'create-org',
      '--name',
      'Direct Org',
      '--kind',
      'community',
      '--time-zone',
      'Europe/Madrid',
    );
    expect(org.stderr).toBe('');
    expect(org.code).toBe(0);
    state.directOrgId = createdId(org.stdout) ?? '';

    const admin = await trellis('create-admin', '--org', 'Direct Org', '--email', 'dora@direct.example');
    expect(admin.code).toBe(0);
    state.directToken = invitationToken(admin.stdout, 'http://cli.invalid') ?? ''; // made in this process

    const head = await trellis('audit', 'head');
    expect(head.stdout).toContain(`${state.directOrgId} 2 `); // organization created, admin invited
    expect((await trellis('audit', 'verify')).code).toBe(0);
    expect(existsSync(`${dataDir}.lock`)).toBe(false); // released
  }, 180_000);

  it('go through the running server, over a socket only this OS user may open', async () => {
    const server = await serveOn(dataDir);
    const socket = statSync(`${dataDir}.sock`);
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o777).toBe(0o600);

    const org = await trellis('create-org', '--name', 'Socket Org', '--kind', 'school', '--time-zone', 'Europe/London');
    expect(org.code).toBe(0);
    state.socketOrgId = createdId(org.stdout) ?? '';
    const admin = await trellis('create-admin', '--org', 'Socket Org', '--email', 'sam@socket.example');
    expect(admin.code).toBe(0);
    const token = invitationToken(admin.stdout, server.url); // the server's base URL: made by the server
    expect(token).toBeTruthy();

    const visitor = new HttpClient(server.url);
    const preview = await visitor.get(`${server.url}/api/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ organizationName: 'Socket Org', email: 'sam@socket.example', role: 'admin' });
    const direct = await visitor.get(`${server.url}/api/invitations/${state.directToken}`);
    expect(direct.body).toMatchObject({ organizationName: 'Direct Org' });

    // The instance admin sees both organizations through the API.
    const client = new HttpClient(server.url);
    state.email = (await setUpThrough(client, server.url, setupTokenFrom(server.process.stdout))).email;
    state.otpauth = await enrolTwoFactor(client, server.url);
    const orgs = await client.get(`${server.url}/api/organizations`);
    expect(orgs.status).toBe(200);
    expect((orgs.body as { id: string }[]).map((o) => o.id)).toEqual(
      expect.arrayContaining([state.directOrgId, state.socketOrgId]),
    );

    const head = await trellis('audit', 'head');
    expect(head.code).toBe(0);
    const lines = head.stdout.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^\S+ \d+ [0-9a-f]{64}$/);
    expect(lines.map((l) => l.split(' ')[0])).toEqual(expect.arrayContaining(['instance', state.socketOrgId]));
    const headsFile = join(dir.path, 'heads.txt');
    writeFileSync(headsFile, head.stdout);
    const verify = await trellis('audit', 'verify', '--heads', headsFile);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^Audit log intact: \d+ events in \d+ chains\.$/m);
  }, 180_000);

  it('back up while the server runs, and refuse to restore under it', async () => {
    const [server] = servers;
    const backup = await trellis('backup', backupFile);
    expect(backup.code).toBe(0);
    expect(statSync(backupFile).size).toBeGreaterThan(0);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);

    const restore = await trellis('restore', backupFile, '--force');
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain(`Trellis process ${server?.pid}`);

    const stopped = await server?.process.stop('SIGTERM');
    expect(stopped?.code).toBe(0);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    expect(existsSync(`${dataDir}.sock`)).toBe(false);
  }, 180_000);

  it('refuse to restore over an existing data folder without --force, leaving it untouched', async () => {
    const before = snapshot(dataDir);
    const restore = await trellis('restore', backupFile);
    expect(restore.code).toBe(2);
    expect(restore.stderr).toMatch(/already holds a database\. Pass --force/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('restore into a new data folder that a server then serves with everything made before the backup', async () => {
    const restoredDir = join(dir.path, 'restored');
    const restore = await runTrellis(['restore', backupFile, '--data', restoredDir], cliEnv);
    expect(restore.code).toBe(0);

    const server = await serveOn(restoredDir);
    const client = new HttpClient(server.url);
    expect((await client.get(`${server.url}/api/setup`)).body).toEqual({ needsSetup: false });
    await signIn(client, server.url, state.email, state.otpauth);
    const orgs = await client.get(`${server.url}/api/organizations`);
    expect((orgs.body as { name: string }[]).map((o) => o.name).sort()).toEqual([
      'Direct Org',
      'Hill School',
      'Socket Org',
    ]);
    expect((await server.process.stop('SIGTERM')).code).toBe(0);
  }, 180_000);
});
