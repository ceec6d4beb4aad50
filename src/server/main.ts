import { buildApp } from './app.ts';
import { openContext } from './boot.ts';
import type { Config } from './config.ts';
import { acquireDataFolderLock, DataFolderLockedError, socketPathFor } from './db/data-folder-lock.ts';
import { issueSetupToken } from './features/setup/issue-setup-token.ts';
import { startLocalSocket } from './local-socket.ts';

/**
 * `trellis serve`: lock (PGlite) → database → jobs → HTTP, plus the local socket through which
 * the CLI reaches the embedded database while we hold it. SIGTERM lets in-flight requests finish.
 */
export async function serve(config: Config): Promise<void> {
  const isEmbedded = !config.databaseUrl;
  let lock: { release(): void } | null = null;
  if (isEmbedded) {
    try {
      lock = acquireDataFolderLock(config.dataDir);
    } catch (error) {
      if (error instanceof DataFolderLockedError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(1);
      }
      throw error;
    }
  }
  const { ctx, close } = await openContext(config);
  const app = await buildApp(ctx);
  const socket = isEmbedded ? await startLocalSocket(ctx, socketPathFor(config.dataDir)) : null;
  await app.listen({ port: config.port, host: config.host });

  const token = await issueSetupToken(ctx.database.db);
  if (token) {
    process.stdout.write(
      `\n  Trellis is not set up yet. Open ${config.baseUrl}/setup and enter this one-time setup token:\n\n      ${token}\n\n`,
    );
  }
  process.stdout.write(
    `Trellis is serving ${config.baseUrl} (${isEmbedded ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})\n`,
  );

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    ctx.log.info({ signal }, 'stopping: finishing in-flight requests');
    // A connection busy at the signal turns keep-alive idle once answered; Node closes only the
    // connections idle at close(), so sweep again or one browser holds us for the keep-alive timeout.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
    await app.close();
    clearInterval(sweep);
    await socket?.close();
    await close();
    lock?.release();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
