import { z } from 'zod';
import { isTimeZone } from '../../lib/time-zones.ts';

export const timeZone = z.string().refine(isTimeZone, 'must be a time zone like Europe/London');
export const localStart = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date and time like 2026-11-03T16:00');
export const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 16:00');
export const durationMinutes = z.number().int().min(15, 'at least 15 minutes').max(480, 'at most 8 hours');
export const reason = z.string().trim().min(1, 'Please give a reason.').max(500);
export const place = {
  location: z.string().trim().max(200).nullish(),
  videoUrl: z
    .url({ protocol: /^https$/, message: 'must be a web address starting with https://' })
    .max(500)
    .nullish(),
};
