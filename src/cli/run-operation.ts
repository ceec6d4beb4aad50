import { request } from 'node:http';
import type { Config } from '../server/config.ts';
import { acquireDataFolderLock, type LockOwner, readLockOwner } from '../server/db/data-folder-lock.ts';
import { AppError, type ErrorCode } from '../server/errors.ts';

/**
 * Runs a database operation where the database is: directly on PostgreSQL; through the running
 * server's local socket when it holds the embedded database; else in this process under the lock.
 * The server's modules are loaded only in the last two cases, so a command that goes through the
 * socket (or only prints help) starts quickly.
 */
export async function runDatabaseOperation(config: Config, name: string, input: unknown): Promise<unknown> {
  if (!config.databaseUrl) {
    const owner = readLockOwner(config.dataDir);
    if (owner) return callSocketWhenReady(owner, name, input);
  }
  const lock = config.databaseUrl ? null : acquireDataFolderLock(config.dataDir);
  try {
    const { openContext } = await import('../server/boot.ts');
    const { runOperation } = await import('./operations/registry.ts');
    const { ctx, close } = await openContext({ ...config, logLevel: 'warn' }, { work: false });
    try {
      return await runOperation(ctx, name, input);
    } finally {
      await close();
    }
  } finally {
    lock?.release();
  }
}

/** A server that is still starting holds the lock before its socket listens: wait for it a while. */
async function callSocketWhenReady(owner: LockOwner, name: string, input: unknown): Promise<unknown> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await callSocket(owner.socket, name, input);
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

function callSocket(socketPath: string, name: string, input: unknown): Promise<unknown> {
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
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            result?: unknown;
            error?: { code: ErrorCode; message: string };
          };
          if (parsed.error) reject(new AppError(parsed.error.code, parsed.error.message));
          else resolve(parsed.result);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
