import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const cliEntry = join(repoRoot, 'src', 'cli', 'main.ts');

/** Trellis runs its TypeScript on Node 24; under an older Node (vitest may run on one) use the pinned one. */
const pinnedNode = join(repoRoot, 'node_modules', 'node', 'bin', 'node');
export const nodeBinary =
  Number(process.versions.node.split('.')[0]) >= 24 || !existsSync(pinnedNode) ? process.execPath : pinnedNode;

const configVariables = [
  'PORT',
  'HOST',
  'TRELLIS_DATA_DIR',
  'DATABASE_URL',
  'TRELLIS_BASE_URL',
  'SMTP_URL',
  'LOG_LEVEL',
  'TRELLIS_MASTER_KEY',
  'TRELLIS_AUTH_SECRET',
];

/**
 * The environment of a child: ours without any Trellis setting (the PostgreSQL lane exports
 * DATABASE_URL, which would turn an embedded test into a PostgreSQL one), plus the given ones.
 */
export function childEnv(settings: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of configVariables) delete env[name];
  Object.assign(env, { HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** Keys an operator keeps outside the data folder (and outside backups), shared by every process. */
export function sharedSecrets() {
  return {
    TRELLIS_MASTER_KEY: randomBytes(32).toString('base64'),
    TRELLIS_AUTH_SECRET: randomBytes(32).toString('base64url'),
  };
}

/**
 * A fresh folder path under the OS temp folder. It is not created here, so a suite that is
 * filtered out (and never runs its afterAll) leaves nothing behind; Trellis creates it.
 */
export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = join(tmpdir(), `trellis-${prefix}-${process.pid}-${randomBytes(4).toString('hex')}`);
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A port nobody listens on right now: the kernel picks one for us. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A running `trellis …` child with its output collected as it comes. */
export class TrellisProcess {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly finished: Promise<Finished>;

  constructor(args: string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(nodeBinary, [cliEntry, ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.stdout += chunk.toString('utf8');
    });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.finished = new Promise((resolve) => {
      this.child.once('close', (code, signal) => resolve({ code, signal, stdout: this.stdout, stderr: this.stderr }));
    });
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('the child did not start');
    return this.child.pid;
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends the signal and waits for the exit; a child that outlives the grace period is killed. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 20_000): Promise<Finished> {
    if (this.isRunning) this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    try {
      return await this.finished;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Runs one CLI command to its end. */
export async function runTrellis(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<Finished> {
  const run = new TrellisProcess(args, env);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), timeoutMs);
  try {
    return await run.finished;
  } finally {
    clearTimeout(timer);
  }
}
