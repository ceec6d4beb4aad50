import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Ctx } from './context.ts';
import { registerAgreementRoutes } from './features/agreements/routes.ts';
import { registerAuditRoutes } from './features/audit/routes.ts';
import { registerCommitmentRoutes } from './features/commitments/commitment-routes.ts';
import { registerGuardianRoutes } from './features/guardians/guardian-routes.ts';
import { registerAuthRoutes } from './features/identity/auth-routes.ts';
import { registerIdentityRoutes } from './features/identity/routes.ts';
import { registerSetupCodeRoutes } from './features/identity/setup-code-routes.ts';
import { registerLiveRoutes } from './features/live/live-routes.ts';
import { registerMailRoutes } from './features/mail/routes.ts';
import { registerMenteeChoiceRoutes } from './features/matching/choice-routes.ts';
import { registerMatchRoutes } from './features/matching/match-routes.ts';
import { registerMatchingRunRoutes } from './features/matching/run-routes.ts';
import { registerCalendarRoutes } from './features/meetings/calendar-routes.ts';
import { registerConsistencyRoutes } from './features/meetings/consistency-routes.ts';
import { registerMeetingRoutes } from './features/meetings/meeting-routes.ts';
import { registerProposalRoutes } from './features/meetings/proposal-routes.ts';
import { registerNotificationRoutes } from './features/notifications/notification-routes.ts';
import { registerInvitationLinkRoutes } from './features/organizations/invitation-link-routes.ts';
import { registerInvitationRoutes } from './features/organizations/invitation-routes.ts';
import { registerOrganizationRoutes } from './features/organizations/organization-routes.ts';
import { registerProgramRoutes } from './features/organizations/program-routes.ts';
import { registerApplicationRoutes } from './features/participants/application-routes.ts';
import { registerExperienceRoutes } from './features/participants/experience-routes.ts';
import { registerImportRoutes } from './features/participants/import/import-routes.ts';
import { registerParticipantListRoutes } from './features/participants/participant-list-routes.ts';
import { registerParticipantRoutes } from './features/participants/participant-routes.ts';
import { registerProfileRoutes } from './features/participants/profile-routes.ts';
import { registerScreeningRoutes } from './features/screening/routes.ts';
import { registerSetupRoutes } from './features/setup/routes.ts';
import { registerTrainingAttemptRoutes } from './features/training/attempt-routes.ts';
import { registerTrainingModuleRoutes } from './features/training/module-routes.ts';
import { registerCsrfCheck } from './http/csrf.ts';
import { registerErrorHandler } from './http/errors-handler.ts';
import { registerHealthRoutes } from './http/health-routes.ts';
import { authOpenApi, type OpenApiDocument, registerOpenApiRoute, withAuthPaths } from './http/openapi-route.ts';
import { newId } from './lib/ids.ts';

export const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web');

/** Builds the whole HTTP app on a context; tests drive it in-process with `app.inject`. */
export async function buildApp(ctx: Ctx, { trustProxy = false } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log,
    genReqId: () => newId(),
    requestIdHeader: false,
    trustProxy,
    bodyLimit: 1_048_576,
    return503OnClosing: true,
  });
  app.decorateRequest('actor', undefined);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app, ctx);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  registerCsrfCheck(app, ctx);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Trellis API', version: '0.1.0', description: 'Peer mentoring built on trust.' },
    },
    transform: jsonSchemaTransform,
  });
  const authDocument = await authOpenApi(ctx);
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformSpecification: (document) => withAuthPaths(document as OpenApiDocument, authDocument),
  });

  registerHealthRoutes(app, ctx);
  registerOpenApiRoute(app, authDocument);
  registerAuthRoutes(app, ctx);
  registerSetupRoutes(app, ctx);
  registerIdentityRoutes(app, ctx);
  registerSetupCodeRoutes(app, ctx);
  registerOrganizationRoutes(app, ctx);
  registerProgramRoutes(app, ctx);
  registerInvitationRoutes(app, ctx);
  registerInvitationLinkRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerMailRoutes(app, ctx);
  registerTrainingModuleRoutes(app, ctx);
  registerTrainingAttemptRoutes(app, ctx);
  registerScreeningRoutes(app, ctx);
  registerAgreementRoutes(app, ctx);
  registerApplicationRoutes(app, ctx);
  registerParticipantRoutes(app, ctx);
  registerParticipantListRoutes(app, ctx);
  registerMatchingRunRoutes(app, ctx);
  registerMatchRoutes(app, ctx);
  registerMeetingRoutes(app, ctx);
  registerProposalRoutes(app, ctx);
  registerConsistencyRoutes(app, ctx);
  registerMenteeChoiceRoutes(app, ctx);
  registerImportRoutes(app, ctx);
  registerProfileRoutes(app, ctx);
  registerExperienceRoutes(app, ctx);
  registerGuardianRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerLiveRoutes(app, ctx);
  registerCommitmentRoutes(app, ctx);
  registerCalendarRoutes(app, ctx);

  const hasWeb = existsSync(join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    // A missing file (an old asset after a rebuild) is a 404, not the app's page.
    const isFile = /\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '');
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb || isFile) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'There is nothing here.', details: {} } });
    }
    // The single-page app owns every other path.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
