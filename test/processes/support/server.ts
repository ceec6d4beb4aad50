import { freePort, TrellisProcess } from './trellis.ts';

/** A `trellis serve` child listening on 127.0.0.1:<port>. */
export interface RunningServer {
  process: TrellisProcess;
  port: number;
  /** Where to send requests (the process itself, whatever base URL it is configured with). */
  url: string;
  pid: number;
}

/**
 * Starts `trellis serve` and waits until /readyz answers 200. Fails (with the child's output)
 * when the child exits first or is not ready in time.
 */
export async function startServer(
  env: NodeJS.ProcessEnv,
  { port, dataDir, timeoutMs = 90_000 }: { port?: number; dataDir?: string; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const chosen = port ?? (await freePort());
  const args = ['serve', '--port', String(chosen), ...(dataDir ? ['--data', dataDir] : [])];
  const child = new TrellisProcess(args, env);
  const url = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!child.isRunning) {
      const { code, stdout, stderr } = await child.finished;
      throw new Error(`trellis serve exited with ${code} before it was ready:\n${stdout}\n${stderr}`);
    }
    // Ready, and done announcing itself (the setup token is printed after listening starts).
    if (child.stdout.includes('Trellis is serving') && (await isReady(url)))
      return { process: child, port: chosen, url, pid: child.pid };
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await child.stop('SIGKILL');
  throw new Error(`trellis serve was not ready within ${timeoutMs} ms:\n${child.stdout}\n${child.stderr}`);
}

export async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** The one-time setup token a fresh instance prints on stdout. */
export function setupTokenFrom(stdout: string): string {
  const token = stdout.match(/setup token:\s+(\S+)/)?.[1];
  if (!token) throw new Error(`no setup token in the server's output:\n${stdout}`);
  return token;
}
