import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../context.ts';

type OpenApiDocument = { paths?: Record<string, unknown>; components?: { schemas?: Record<string, unknown> } };

/**
 * The OpenAPI 3.1 document: our routes from their zod schemas, plus better-auth's endpoints
 * (from its own generator) under /api/auth, so clients see one complete API.
 */
export function registerOpenApiRoute(app: FastifyInstance, ctx: Ctx): void {
  let cached: OpenApiDocument | null = null;
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => {
    if (cached) return cached;
    const ours = app.swagger() as OpenApiDocument;
    const theirs = (await ctx.auth.api.generateOpenAPISchema()) as OpenApiDocument;
    const authPaths = Object.fromEntries(
      Object.entries(theirs.paths ?? {}).map(([path, item]) => [`/api/auth${path}`, item]),
    );
    cached = {
      ...ours,
      paths: { ...ours.paths, ...authPaths },
      components: {
        ...ours.components,
        schemas: { ...ours.components?.schemas, ...theirs.components?.schemas },
      },
    };
    return cached;
  });
}
