import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { isTimeZone } from '../../lib/time-zones.ts';
import { getReminderPreferences } from './get-reminder-preferences.ts';
import { listNotifications } from './list-notifications.ts';
import { markNotificationsRead } from './mark-notifications-read.ts';
import { updateReminderPreferences } from './update-reminder-preferences.ts';

const tags = ['notifications'];
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 21:00');

const notificationsOut = z.object({
  unread: z.number().int(),
  notifications: z.array(
    z.object({
      id,
      kind: z.string(),
      message: z.string(),
      link: z.string(),
      createdAt: z.iso.datetime(),
      readAt: z.iso.datetime().nullable(),
    }),
  ),
});

const readIn = z.object({ ids: z.array(id).max(200).optional() }).strict();
const readOut = z.object({ unread: z.number().int() });

const preferencesIn = z
  .object({
    meetingOffsets: z
      .array(z.number().int().min(5, 'at least 5 minutes before').max(10_080, 'at most a week (10080 minutes) before'))
      .max(4, 'at most 4 reminders before a meeting')
      .refine((offsets) => new Set(offsets).size === offsets.length, 'each reminder time only once'),
    byEmail: z.boolean(),
    quietStart: clock.nullable(),
    quietEnd: clock.nullable(),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone like Europe/London'),
  })
  .strict()
  .refine((p) => (p.quietStart === null) === (p.quietEnd === null), {
    message: 'give both the start and the end of quiet hours, or neither',
    path: ['quietEnd'],
  })
  .refine((p) => p.quietStart === null || p.quietStart !== p.quietEnd, {
    message: 'quiet hours must end at another time than they start',
    path: ['quietEnd'],
  });

const preferencesOut = z.object({
  meetingOffsets: z.array(z.number().int()),
  byEmail: z.boolean(),
  quietStart: z.string().nullable(),
  quietEnd: z.string().nullable(),
  timeZone: z.string(),
  saved: z.boolean(),
});

/** The signed-in person's notices (the bell) and reminder preferences: their own, nobody else's. */
export function registerNotificationRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/me/notifications',
    {
      schema: {
        tags,
        summary: 'Your latest 50 notices, in your language, and how many are unread',
        response: { 200: notificationsOut, ...errorResponses },
      },
    },
    async (request) => listNotifications(db, await requireActor(ctx, request)),
  );

  app.post(
    '/api/me/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark your notices read: the given ones, or all when none are given',
        body: readIn,
        response: { 200: readOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const unread = await db.transaction((tx) => markNotificationsRead(tx, ctx, actor, request.body.ids));
      return { unread };
    },
  );

  app.get(
    '/api/me/reminder-preferences',
    {
      schema: {
        tags,
        summary: 'When Trellis reminds you, by email or only in the app, and your quiet hours',
        response: { 200: preferencesOut, ...errorResponses },
      },
    },
    async (request) => getReminderPreferences(db, await requireActor(ctx, request)),
  );

  app.put(
    '/api/me/reminder-preferences',
    {
      schema: {
        tags,
        summary: 'Change your reminder preferences',
        body: preferencesIn,
        response: { 200: preferencesOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return db.transaction((tx) => updateReminderPreferences(tx, ctx, actor, request.body));
    },
  );
}
