import { request } from 'node:http';
import type { Config } from '../server/config.ts';
import { acquireDataFolderLock, readLockOwner } from '../server/db/data-folder-lock.ts';
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
    if (owner) return callSocket(owner.socket, name, input);
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
    req.on('error', (error) =>
      reject(new Error(`Could not reach the running Trellis server at ${socketPath}: ${error.message}`)),
    );
    req.end(body);
  });
}
