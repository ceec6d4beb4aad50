import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from './support/folder-snapshot.ts';
import { isReady, type RunningServer, startServer } from './support/server.ts';
import { childEnv, nodeBinary, repoRoot, runTrellis, sharedSecrets, tempDir } from './support/trellis.ts';

// PGlite is opened by one process only. These run real `trellis` processes on one data folder.
describe('the data folder lock', () => {
  const dir = tempDir('lock');
  const dataDir = join(dir.path, 'data');
  const lockFile = `${dataDir}.lock`;
  const env = childEnv({ TRELLIS_DATA_DIR: dataDir, ...sharedSecrets() });
  const started: RunningServer[] = [];
  let first: RunningServer;

  beforeAll(async () => {
    first = await startServer(env);
    started.push(first);
  });

  afterAll(async () => {
    for (const server of started) await server.process.stop('SIGKILL');
    dir.remove();
  });

  /**
   * The running server writes its own WAL now and then; freezing it (SIGSTOP: still alive, still
   * the owner) while a rival runs means any change in the folder could only be the rival's.
   */
  async function whileFirstIsFrozen<T>(run: () => Promise<T>): Promise<{ result: T; before: object; after: object }> {
    process.kill(first.pid, 'SIGSTOP');
    try {
      const before = snapshot(dataDir, [lockFile, `${dataDir}.sock`]);
      const result = await run();
      return { result, before, after: snapshot(dataDir, [lockFile, `${dataDir}.sock`]) };
    } finally {
      process.kill(first.pid, 'SIGCONT');
    }
  }

  it('makes a second serve on the same folder exit non-zero, naming the owner, and change nothing', async () => {
    const { result, before, after } = await whileFirstIsFrozen(() =>
      runTrellis(['serve', '--port', String(first.port + 1)], env),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Trellis process ${first.pid}`);
    expect(after).toEqual(before);
    expect(await isReady(first.url)).toBe(true);
  });

  it('makes `trellis migrate` exit non-zero naming the running server, and change nothing', async () => {
    const { result, before, after } = await whileFirstIsFrozen(() => runTrellis(['migrate'], env));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Trellis process ${first.pid}`);
    expect(after).toEqual(before);
  });

  it('lets a new serve take over the stale lock of a server killed with SIGKILL', async () => {
    const killed = await first.process.stop('SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(first.pid); // left behind: stale

    const next = await startServer(env);
    started.push(next);
    expect(await isReady(next.url)).toBe(true);
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(next.pid);
    // The new owner's socket answers CLI commands (the old one's socket file was replaced).
    const verified = await runTrellis(['audit', 'verify'], env);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    await next.process.stop('SIGTERM');
  }, 180_000);
});

describe('acquireDataFolderLock racing for a stale lock', () => {
  const dir = tempDir('lock-race');
  afterAll(() => dir.remove());

  /** A pid that was alive a moment ago and is gone now: what kill -9 leaves in a lock file. */
  async function deadPid(): Promise<number> {
    const child = spawn(nodeBinary, ['-e', '']);
    await new Promise((resolve) => child.once('exit', resolve));
    return child.pid ?? 0;
  }

  /** Starts the racers together; once each has said how it fared, lets the winner go. */
  async function race(dataDir: string, racers: number) {
    const startAt = Date.now() + 800; // every racer is loaded and spinning by then
    const script = join(repoRoot, 'test', 'processes', 'support', 'race-for-lock.ts');
    const children = Array.from({ length: racers }, () =>
      spawn(nodeBinary, [script, dataDir, String(startAt)], { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    try {
      const reports = children.map(async (child) => {
        const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
        return JSON.parse(line) as { pid: number; outcome: string; owner?: number };
      });
      return await Promise.all(reports);
    } finally {
      for (const child of children) child.stdin.end();
      await Promise.all(children.map((child) => (child.exitCode === null ? once(child, 'close') : null)));
    }
  }

  it('lets exactly one of six processes take it over; the others are told the winner holds it', async () => {
    for (let round = 0; round < 8; round++) {
      const dataDir = join(dir.path, `data-${round}`);
      mkdirSync(dir.path, { recursive: true });
      const stale = { pid: await deadPid(), host: hostname(), startedAt: new Date().toISOString(), processStart: '1' };
      writeFileSync(`${dataDir}.lock`, JSON.stringify({ ...stale, socket: `${dataDir}.sock` }));

      const results = await race(dataDir, 6);
      const winners = results.filter((r) => r.outcome === 'won');
      expect(winners).toHaveLength(1);
      for (const loser of results.filter((r) => r.outcome !== 'won')) {
        expect(loser).toMatchObject({ outcome: 'locked', owner: winners[0]?.pid });
      }
    }
  }, 180_000);
});
