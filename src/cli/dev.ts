import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

// `npm run dev`: the API restarts on server changes (node --watch) and Vite hot-reloads the web
// app, forwarding /api to the API. The API believes it lives at Vite's address, so cookies,
// CSRF and better-auth's origin checks accept requests that arrive through the proxy.

const API_PORT = 3000;
const WEB_PORT = 5173;
const webUrl = `http://localhost:${WEB_PORT}`;
const mainScript = fileURLToPath(new URL('./main.ts', import.meta.url));
const viteConfig = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));

const api: ChildProcess = spawn(
  process.execPath,
  ['--watch', '--watch-preserve-output', mainScript, 'serve', '--port', String(API_PORT), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, TRELLIS_BASE_URL: webUrl, TRELLIS_API_URL: `http://localhost:${API_PORT}` },
  },
);

const vite = await createServer({
  configFile: viteConfig,
  server: { port: WEB_PORT, strictPort: true },
});
await vite.listen();

process.stdout.write(
  `\nTrellis is running for development:\n` +
    `  open ${webUrl}  (the web app, hot reload)\n` +
    `  API on http://localhost:${API_PORT}, restarted when server files change; /api is proxied from ${webUrl}\n` +
    `  Ctrl+C stops both.\n\n`,
);

let isStopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  api.kill(signal);
  await vite.close();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));

api.on('exit', (code, signal) => {
  // The API stopping on its own (a crash at start, a locked data folder) ends the session too.
  void stop('SIGTERM').then(() => process.exit(code ?? (signal ? 1 : 0)));
});
