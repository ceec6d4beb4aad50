import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../context.ts';

export type OpenApiDocument = { paths?: Record<string, unknown>; components?: { schemas?: Record<string, unknown> } };

/** better-auth's own description of its endpoints, mounted under /api/auth. */
export async function authOpenApi(ctx: Ctx): Promise<OpenApiDocument> {
  return (await ctx.auth.api.generateOpenAPISchema()) as OpenApiDocument;
}

/** One complete API: our routes (from their zod schemas) plus better-auth's under /api/auth. */
export function withAuthPaths(ours: OpenApiDocument, theirs: OpenApiDocument): OpenApiDocument {
  const authPaths = Object.fromEntries(
    Object.entries(theirs.paths ?? {}).map(([path, item]) => [`/api/auth${path}`, item]),
  );
  return {
    ...ours,
    paths: { ...ours.paths, ...authPaths },
    components: { ...ours.components, schemas: { ...ours.components?.schemas, ...theirs.components?.schemas } },
  };
}

/** The OpenAPI 3.1 document at /api/openapi.json (the reference page at /api/docs shows the same). */
export function registerOpenApiRoute(app: FastifyInstance, auth: OpenApiDocument): void {
  let cached: OpenApiDocument | null = null;
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => {
    cached ??= withAuthPaths(app.swagger() as OpenApiDocument, auth);
    return cached;
  });
}
