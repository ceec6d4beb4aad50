import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './support/server.ts';
import { childEnv, freePort, runTrellis, sharedSecrets, tempDir } from './support/trellis.ts';

const dir = tempDir('cli-import');
const dataDir = join(dir.path, 'data');
const secrets = sharedSecrets();
const env = childEnv({ TRELLIS_DATA_DIR: dataDir, ...secrets });
const trellis = (...args: string[]) => runTrellis(args, env, 120_000);
const servers: RunningServer[] = [];

afterAll(async () => {
  for (const server of servers) await server.process.stop('SIGKILL');
  dir.remove();
});

// Quoted fields with a comma and a newline, a BOM and CRLF line ends; row 5 has a bad email.
const file = join(dir.path, 'people.csv');
const csv = [
  '\uFEFFemail,name,role,languages,availability,timezone,birth_date',
  'ana@import.example,"Ana, the elder",mentor,en;es,mon 15:00-17:00,Europe/Madrid,1990-02-03',
  'ben@import.example,"Ben',
  'Okafor",mentee,en,wed 16:00-18:00,Europe/London,2001-07-08',
  'cai@import.example,Cai,mentee,en,,,2002-01-01',
  'not-an-email,Dee,mentee,en,,,2002-01-01',
].join('\r\n');

// Every command goes through the running server's socket: one embedded database boot for the file
// (each command opening the folder itself would boot it again), and progress comes back over the
// socket as the batches are written.
describe('trellis import participants', () => {
  it('writes nothing from a file with errors, says which row and column, and exits 1', async () => {
    const port = await freePort();
    const serverEnv = childEnv({ TRELLIS_DATA_DIR: dataDir, TRELLIS_BASE_URL: `http://127.0.0.1:${port}`, ...secrets });
    servers.push(await startServer(serverEnv, { port }));
    expect((await trellis('demo')).code).toBe(0);
    writeFileSync(file, csv);
    const run = await trellis('import', 'participants', '--program', 'demo-school', file);
    expect(run.stdout).toBe('created 0, updated 0, unchanged 0, rejected 1\n');
    expect(run.stderr).toContain('row 5, column email:');
    expect(run.stderr).toContain('nothing was imported');
    expect(run.code).toBe(1);
  }, 180_000);

  it('writes the valid rows when asked, with progress on stderr and the counts as JSON', async () => {
    const run = await trellis('import', 'participants', '--program', 'demo-school', '--valid-only', '--json', file);
    expect(JSON.parse(run.stdout)).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 1 });
    expect(run.stderr).toContain('imported 3 of 3 rows');
    expect(run.stderr).toContain('3 people without an account were emailed a link');
    expect(run.code).toBe(1);
  }, 120_000);

  it('changes nothing when the same people come again, and exits 0 for a clean file', async () => {
    const clean = join(dir.path, 'clean.csv');
    writeFileSync(clean, csv.split('\r\n').slice(0, 5).join('\r\n'));
    const again = await trellis('import', 'participants', '--program', 'demo-school', clean);
    expect(again.stdout).toBe('created 0, updated 0, unchanged 3, rejected 0\n');
    expect(again.stderr).toContain('imported 3 of 3 rows');
    expect(again.code).toBe(0);
  }, 120_000);

  it('exits 2 for bad arguments: no program, an unknown program, an unreadable file', async () => {
    const missing = await trellis('import', 'participants', file);
    expect(missing.code).toBe(2);
    const unknown = await trellis('import', 'participants', '--program', 'no-such-program', file);
    expect(unknown.stderr).toContain('There is no program "no-such-program"');
    expect(unknown.code).toBe(2);
    const unreadable = await trellis('import', 'participants', '--program', 'demo-school', join(dir.path, 'nope.csv'));
    expect(unreadable.stderr).toContain('Cannot read');
    expect(unreadable.code).toBe(2);
    expect((await servers[0]?.process.stop('SIGTERM'))?.code).toBe(0);
  }, 120_000);
});
