import { request } from 'node:http';
import type { Config } from '../server/config.ts';
import { acquireDataFolderLock, type LockOwner, readLockOwner } from '../server/db/data-folder-lock.ts';
import { AppError, type ErrorCode } from '../server/errors.ts';
import type { ReportProgress } from './operations/registry.ts';

/**
 * Runs a database operation where the database is: directly on PostgreSQL; through the running
 * server's local socket when it holds the embedded database; else in this process under the lock.
 * The server's modules are loaded only in the last two cases, so a command that goes through the
 * socket (or only prints help) starts quickly.
 */
export async function runDatabaseOperation(
  config: Config,
  name: string,
  input: unknown,
  report: ReportProgress = () => {},
): Promise<unknown> {
  if (!config.databaseUrl) {
    const owner = readLockOwner(config.dataDir);
    if (owner) return callSocketWhenReady(owner, name, input, report);
  }
  const lock = config.databaseUrl ? null : acquireDataFolderLock(config.dataDir);
  try {
    const { openContext } = await import('../server/boot.ts');
    const { runOperation } = await import('./operations/registry.ts');
    const { ctx, close } = await openContext({ ...config, logLevel: 'warn' }, { work: false });
    try {
      return await runOperation(ctx, name, input, report);
    } finally {
      await close();
    }
  } finally {
    lock?.release();
  }
}

/** A server that is still starting holds the lock before its socket listens: wait for it a while. */
async function callSocketWhenReady(
  owner: LockOwner,
  name: string,
  input: unknown,
  report: ReportProgress,
): Promise<unknown> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await callSocket(owner.socket, name, input, report);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const isStarting = code === 'ENOENT' || code === 'ECONNREFUSED';
      if (!isStarting) throw error;
      if (Date.now() > deadline) {
        throw new AppError(
          'NOT_READY',
          `Trellis process ${owner.pid} holds ${owner.socket.replace(/\.sock$/, '')} but does not answer on its socket. Is it still starting?`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function callSocket(socketPath: string, name: string, input: unknown, report: ReportProgress): Promise<unknown> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        socketPath,
        path: `/ops/${name}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let pending = '';
        let settled = false;
        const handle = (text: string) => {
          if (text === '') return;
          const message = JSON.parse(text) as SocketMessage;
          if (message.progress) report(message.progress.done, message.progress.total);
          else if (message.error) {
            settled = true;
            reject(new AppError(message.error.code, message.error.message));
          } else {
            settled = true;
            resolve(message.result);
          }
        };
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const lines = (pending + chunk).split('\n');
          pending = lines.pop() ?? '';
          for (const text of lines) handle(text);
        });
        res.on('end', () => {
          handle(pending);
          if (!settled) reject(new Error('The server closed the connection before the operation finished.'));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface SocketMessage {
  progress?: { done: number; total: number };
  result?: unknown;
  error?: { code: ErrorCode; message: string };
}
