import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, startServer } from './server.ts';
import { SmtpSink } from './smtp-sink.ts';
import { childEnv, freePort, sharedSecrets, tempDir } from './trellis.ts';

/**
 * For one describe block: `trellis serve` on a fresh embedded database with SMTP_URL pointing at an
 * in-test SMTP sink, stopped and removed afterwards.
 */
export function embeddedServerWithSmtp(name: string): { server: () => RunningServer; smtp: SmtpSink } {
  const dir = tempDir(name);
  const smtp = new SmtpSink();
  let running: RunningServer | undefined;

  beforeAll(async () => {
    await smtp.start();
    const port = await freePort();
    const env = childEnv({
      TRELLIS_DATA_DIR: join(dir.path, 'data'),
      TRELLIS_BASE_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: smtp.url,
      ...sharedSecrets(),
    });
    running = await startServer(env, { port });
  });

  afterAll(async () => {
    await running?.process.stop('SIGKILL');
    await smtp.stop();
    dir.remove();
  });

  return {
    smtp,
    server: () => {
      if (!running) throw new Error('the server starts in beforeAll');
      return running;
    },
  };
}
