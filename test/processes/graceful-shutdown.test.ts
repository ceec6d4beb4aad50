import { once } from 'node:events';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isReady, type RunningServer, startServer } from './support/server.ts';
import { childEnv, freePort, sharedSecrets, tempDir } from './support/trellis.ts';

/**
 * Trellis has no deliberately slow route, so the in-flight request is made slow from the client's
 * side: its headers arrive, then SIGTERM, then the rest of its body. It must still be answered
 * (by a handler that reads the database), and only then may the process exit, with code 0.
 */
describe('SIGTERM', () => {
  const dir = tempDir('sigterm');
  let server: RunningServer | undefined;

  afterAll(async () => {
    await server?.process.stop('SIGKILL');
    dir.remove();
  });

  it('lets an in-flight request finish, refuses new ones, then closes its connection and exits 0', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = childEnv({ TRELLIS_DATA_DIR: join(dir.path, 'data'), TRELLIS_BASE_URL: baseUrl, ...sharedSecrets() });
    server = await startServer(env, { port });

    const body = JSON.stringify({ email: 'nobody@hill.example', password: 'not the password at all' });
    const half = Math.floor(body.length / 2);
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    let response = '';
    socket.on('data', (chunk: Buffer) => {
      response += chunk.toString('utf8');
    });
    socket.write(
      `POST /api/auth/sign-in/email HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${baseUrl}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    server.process.child.kill('SIGTERM');
    let refusesNewWork = false;
    for (let i = 0; i < 50 && !refusesNewWork; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      refusesNewWork = !(await isReady(server.url));
    }
    expect(refusesNewWork).toBe(true);
    expect(server.process.isRunning).toBe(true); // still waiting for our request

    socket.write(body.slice(half));
    // Answered, then closed by the server (it is stopping), not left open for the 72 s keep-alive.
    const closed = await Promise.race([
      once(socket, 'close').then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    socket.destroy();
    // Wrong credentials: better-auth looked the account up and answered 401 in full.
    expect(response).toMatch(/^HTTP\/1\.1 401 /);
    expect(response).toContain('INVALID_EMAIL_OR_PASSWORD');
    expect(closed).toBe(true);

    const exit = await server.process.finished;
    expect(exit.code).toBe(0);
  }, 180_000);
});
