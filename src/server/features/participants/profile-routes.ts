import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id, isoDate } from '../../http/schemas.ts';
import { isTimeZone } from '../../lib/time-zones.ts';
import { listProgramExperiences } from './experience-vocabulary.ts';
import { addProgramExperience, setProgramExperienceArchived } from './experience-vocabulary-edit.ts';
import { weekDays } from './import/parse-availability.ts';
import { getProfile } from './profile-get.ts';
import { presentProfile, presentVocabularyEntry, profileOut, vocabularyEntryOut } from './profile-presenters.ts';
import { updateProfile } from './profile-update.ts';

const tags = ['participants'];
const words = z.array(z.string().trim().min(1).max(80)).max(20);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 15:30');
const slot = z
  .object({ day: z.enum(weekDays), start: clock, end: clock })
  .refine((s) => s.start < s.end, { message: 'ends before it starts', path: ['end'] });
const profileIn = z
  .object({
    languages: z.array(z.string().trim().min(2).max(35)).max(20),
    interests: words,
    goals: words,
    strengths: words,
    capacity: z.number().int().min(1).max(10),
    availability: z.array(slot).max(50),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone like Europe/London'),
    gender: z.string().trim().min(1).max(60).nullable(),
    birthDate: isoDate.nullable(),
    preferences: z.record(z.string().trim().min(1).max(40), z.string().trim().max(80)),
    ownWords: z.string().trim().min(1).max(5000).nullable(),
  })
  .partial()
  .refine((p) => p.preferences === undefined || Object.keys(p.preferences).length <= 20, {
    message: 'at most 20 preferences',
    path: ['preferences'],
  });

/** Profiles (the person edits theirs; staff read them, never "in my own words") and the experience vocabulary. */
export function registerProfileRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;
  const participantParams = z.object({ participantId: id });

  app.get(
    '/api/participants/:participantId/profile',
    { schema: { tags, params: participantParams, response: { 200: profileOut, ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return presentProfile(await getProfile(db, ctx, actor, request.params.participantId));
    },
  );

  app.patch(
    '/api/participants/:participantId/profile',
    {
      schema: {
        tags,
        summary: 'Change your own profile (the participant themself)',
        params: participantParams,
        body: profileIn,
        response: { 200: profileOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const profile = await db.transaction((tx) =>
        updateProfile(tx, ctx, actor, request.params.participantId, request.body),
      );
      return presentProfile(profile);
    },
  );

  app.get(
    '/api/programs/:programId/experiences',
    {
      schema: {
        tags,
        summary: "The program's lived-experience vocabulary (program members)",
        params: z.object({ programId: id }),
        response: { 200: z.array(vocabularyEntryOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return (await listProgramExperiences(db, actor, request.params.programId)).map(presentVocabularyEntry);
    },
  );

  app.post(
    '/api/programs/:programId/experiences',
    {
      schema: {
        tags,
        summary: 'Add a label to the vocabulary (program staff)',
        params: z.object({ programId: id }),
        body: z.object({ label: z.string().trim().min(2).max(80) }),
        response: { 201: vocabularyEntryOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const entry = await db.transaction((tx) =>
        addProgramExperience(tx, ctx, actor, request.params.programId, request.body.label),
      );
      return reply.status(201).send(presentVocabularyEntry(entry));
    },
  );

  app.patch(
    '/api/programs/:programId/experiences/:experienceId',
    {
      schema: {
        tags,
        summary: 'Archive a label, or bring it back (program staff)',
        params: z.object({ programId: id, experienceId: id }),
        body: z.object({ archived: z.boolean() }),
        response: { 200: vocabularyEntryOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const entry = await db.transaction((tx) =>
        setProgramExperienceArchived(tx, ctx, actor, { ...request.params, archived: request.body.archived }),
      );
      return presentVocabularyEntry(entry);
    },
  );
}
