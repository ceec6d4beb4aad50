import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  baseUrl: string;
  setupToken: string | null;
  output: () => string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * `trellis serve` as people run it, on a fresh data folder; resolves once it prints its address.
 * `prepare` runs first with the data folder and the address (to load the demo into it, say).
 */
export async function startServer(
  env: Record<string, string> = {},
  prepare: (dataDir: string, baseUrl: string) => void = () => {},
): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  prepare(join(dir, 'data'), baseUrl);
  const args = ['src/cli/main.ts', 'serve', '--port', String(port), '--data', join(dir, 'data')];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, TRELLIS_BASE_URL: baseUrl, LOG_LEVEL: 'warn', DATABASE_URL: '', SMTP_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const check = setInterval(() => {
      if (!output.includes('Trellis is serving')) return;
      clearInterval(check);
      clearTimeout(timer);
      resolve();
    }, 100);
    child.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    baseUrl,
    setupToken: output.match(/setup token:\s+(\S+)/)?.[1] ?? null,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
