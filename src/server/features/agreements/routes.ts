import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { locales } from '../../lib/i18n.ts';
import { acknowledgeAgreement } from './acknowledge-agreement.ts';
import { getAgreementStatus } from './get-agreement-status.ts';
import { getCurrentAgreement } from './get-current-agreement.ts';
import {
  acknowledgementOut,
  agreementOut,
  agreementStatusOut,
  presentAcknowledgement,
  presentAgreement,
  presentAgreementStatus,
  presentPublished,
  publishedOut,
} from './presenters.ts';
import { publishAgreementVersion } from './publish-agreement-version.ts';

const tags = ['agreements'];
const agreementText = z.string().trim().min(50).max(50_000);
const textsIn = z
  .object({ en: agreementText.optional(), es: agreementText.optional() })
  .refine((t) => t.en !== undefined || t.es !== undefined, { message: 'give the text in at least one language' });

/** The program's confidentiality agreement and participants' acknowledgements of it. */
export function registerAgreementRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/programs/:programId/agreement',
    {
      schema: {
        tags,
        summary: 'The current confidentiality agreement (program members)',
        params: z.object({ programId: id }),
        querystring: z.object({ language: z.enum(locales).optional() }),
        response: { 200: agreementOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const { programId } = request.params;
      return presentAgreement(await getCurrentAgreement(db, actor, programId, request.query.language));
    },
  );

  app.post(
    '/api/programs/:programId/agreement/versions',
    {
      schema: {
        tags,
        summary: 'Publish a new version of the agreement (program staff); everyone acknowledges again',
        params: z.object({ programId: id }),
        body: z.object({ texts: textsIn }),
        response: { 201: publishedOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const published = await db.transaction((tx) =>
        publishAgreementVersion(tx, ctx, actor, request.params.programId, request.body.texts),
      );
      return reply.status(201).send(presentPublished(published));
    },
  );

  app.post(
    '/api/participants/:participantId/agreement-acknowledgements',
    {
      schema: {
        tags,
        summary: 'Acknowledge the agreement version and language read (the participant themself)',
        params: z.object({ participantId: id }),
        body: z.object({ version: z.number().int().positive(), language: z.enum(locales) }),
        response: { 200: acknowledgementOut, 201: acknowledgementOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const { consent, isNew } = await db.transaction((tx) =>
        acknowledgeAgreement(tx, ctx, actor, { participantId: request.params.participantId, ...request.body }),
      );
      return reply.status(isNew ? 201 : 200).send(presentAcknowledgement(consent));
    },
  );

  app.get(
    '/api/participants/:participantId/agreement-acknowledgements',
    {
      schema: {
        tags,
        summary: 'Whether a participant acknowledged the current agreement (themself or program staff)',
        params: z.object({ participantId: id }),
        response: { 200: agreementStatusOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return presentAgreementStatus(await getAgreementStatus(db, actor, request.params.participantId));
    },
  );
}
