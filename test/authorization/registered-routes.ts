import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { webRoot } from '../../src/server/app.ts';
import type { TestClient } from '../support/test-client.ts';

const LINE = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([A-Z, ]+)\))?$/;

/**
 * Every method + path the Fastify app answers, read from its radix tree (`printRoutes`): a line's
 * depth says which segments before it make up its path. HEAD is Fastify's automatic twin of GET.
 */
export function fastifyRoutes(app: FastifyInstance): string[] {
  const segments: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes().split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    segments.length = depth;
    segments.push(match[2] ?? '');
    const methods = (match[3] ?? '').split(',').map((m) => m.trim());
    for (const method of methods) if (method && method !== 'HEAD') routes.push(`${method} ${segments.join('')}`);
  }
  return routes;
}

/**
 * When the web app is built, @fastify/static registers one route per file (index.html, favicon,
 * hashed bundles under /assets/). They are one public thing: the single-page app's code.
 */
export const WEB_APP_FILE = 'GET /{web app file}';

function isWebAppFile(route: string): boolean {
  const [method, path = ''] = route.split(' ');
  if (method !== 'GET' || path.startsWith('/api/') || /[:*]/.test(path)) return false;
  return path.startsWith('/assets/') || existsSync(join(webRoot, path));
}

/**
 * The routes the app registers, with better-auth's catch-all `/api/auth/*` replaced by the
 * endpoints its OpenAPI document lists (the ones our /api/openapi.json publishes).
 */
export async function registeredRoutes(app: FastifyInstance, client: TestClient): Promise<string[]> {
  const doc = await client.get('/api/openapi.json');
  const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
  const own = fastifyRoutes(app)
    .filter((route) => !route.endsWith(' /api/auth/*'))
    .map((route) => (isWebAppFile(route) ? WEB_APP_FILE : route));
  return [...new Set([...own, ...documented])].sort();
}
