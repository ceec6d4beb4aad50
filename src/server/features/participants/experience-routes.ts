import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { locales } from '../../lib/i18n.ts';
import { addParticipantExperience } from './experience-add.ts';
import {
  changeExperienceConsent,
  removeParticipantExperience,
  withdrawExperienceConsent,
} from './experience-change.ts';
import { listExperiencesForStaff, listOwnExperiences } from './experience-list.ts';
import { getParticipantForActor } from './get-participant-for-actor.ts';
import {
  choicesSchema,
  ownExperienceOut,
  presentOwnExperience,
  presentStaffExperience,
  staffExperienceOut,
} from './profile-presenters.ts';

const tags = ['participants'];
const participantParams = z.object({ participantId: id });
const rowParams = z.object({ participantId: id, participantExperienceId: id });
const consentIn = { choices: choicesSchema, language: z.enum(locales) };

/** A participant's lived experiences, each with its versioned consent. */
export function registerExperienceRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/participants/:participantId/experiences',
    {
      schema: {
        tags,
        summary:
          'Lived experiences: all of them with choices and history for the person; for program staff only those in use, named where consented (audited)',
        params: participantParams,
        response: { 200: z.union([z.array(ownExperienceOut), z.array(staffExperienceOut)]), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const { participantId } = request.params;
      const participant = await getParticipantForActor(db, actor, participantId, 'self-or-staff');
      if (participant.userId === actor.userId) {
        return (await listOwnExperiences(db, ctx, actor, participantId)).map(presentOwnExperience);
      }
      const seen = await db.transaction((tx) => listExperiencesForStaff(tx, ctx, actor, participantId));
      return seen.map(presentStaffExperience);
    },
  );

  app.post(
    '/api/participants/:participantId/experiences',
    {
      schema: {
        tags,
        summary: 'Add a lived experience with its consent choices (the participant themself)',
        params: participantParams,
        body: z.object({ experienceId: id, ...consentIn }),
        response: { 201: ownExperienceOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const added = await db.transaction((tx) =>
        addParticipantExperience(tx, ctx, actor, { participantId: request.params.participantId, ...request.body }),
      );
      return reply.status(201).send(presentOwnExperience(added));
    },
  );

  app.post(
    '/api/participants/:participantId/experiences/:participantExperienceId/consents',
    {
      schema: {
        tags,
        summary: 'Give new consent choices (a new record); for an imported experience, this confirms it',
        params: rowParams,
        body: z.object(consentIn),
        response: { 201: ownExperienceOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const changed = await db.transaction((tx) =>
        changeExperienceConsent(tx, ctx, actor, { ...request.params, ...request.body }),
      );
      return reply.status(201).send(presentOwnExperience(changed));
    },
  );

  app.post(
    '/api/participants/:participantId/experiences/:participantExperienceId/withdrawal',
    {
      schema: {
        tags,
        summary: 'Withdraw consent: the experience is no longer used or shown',
        params: rowParams,
        response: { 200: ownExperienceOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const withdrawn = await db.transaction((tx) => withdrawExperienceConsent(tx, ctx, actor, request.params));
      return presentOwnExperience(withdrawn);
    },
  );

  app.delete(
    '/api/participants/:participantId/experiences/:participantExperienceId',
    {
      schema: {
        tags,
        summary: 'Remove a lived experience',
        params: rowParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      await db.transaction((tx) => removeParticipantExperience(tx, ctx, actor, request.params));
      return reply.status(204).send(null);
    },
  );
}
