import { chmodSync, unlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { runOperation } from '../cli/operations/registry.ts';
import type { Ctx } from './context.ts';
import { AppError } from './errors.ts';

/**
 * While the server holds the embedded database, CLI commands reach it here: HTTP over a Unix
 * socket created with mode 0600, so only the same OS user can connect. Requests are JSON; answers
 * are JSON lines (progress, then the result), so a long import shows progress at the terminal.
 */
export async function startLocalSocket(ctx: Ctx, path: string): Promise<{ close(): Promise<void> }> {
  try {
    unlinkSync(path); // left by a killed process; we hold the data-folder lock, so it is ours now
  } catch {}
  const server: Server = createServer(async (request, response) => {
    const name = request.url?.match(/^\/ops\/([a-z-]+)$/)?.[1];
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    // One JSON object a line: progress as it happens, then the result or the error.
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const line = (body: unknown) => response.write(`${JSON.stringify(body)}\n`);
    if (request.method !== 'POST' || !name) {
      line({ error: { code: 'NOT_FOUND', message: 'No such operation.' } });
      return response.end();
    }
    try {
      const input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      const result = await runOperation(ctx, name, input, (done, total) => line({ progress: { done, total } }));
      line({ result });
    } catch (error) {
      if (error instanceof AppError) line({ error: { code: error.code, message: error.message } });
      else {
        ctx.log.error({ err: error }, 'local operation failed');
        line({ error: { code: 'INTERNAL', message: (error as Error).message } });
      }
    }
    response.end();
  });
  const previous = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => server.listen(path, resolve).once('error', reject));
  } finally {
    process.umask(previous);
  }
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        try {
          unlinkSync(path);
        } catch {}
      }),
  };
}
