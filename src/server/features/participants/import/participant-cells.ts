import { z } from 'zod';
import { isTimeZone } from '../../../lib/time-zones.ts';
import { parseAvailability } from './parse-availability.ts';

// Schemas for one cell each. Cells arrive trimmed; an empty cell (or a column the file lacks)
// means "no value": null for single values, [] for lists.

const emptyAsNull = z.string().transform((value) => (value === '' ? null : value));
const optional = <T extends z.ZodType<unknown, string>>(schema: T) => emptyAsNull.pipe(schema.nullable());

export const emailCell = optional(z.email('is not a valid email address').max(254, 'is too long').toLowerCase());

// Lower-cased like emails: a username names one person however it is typed.
export const usernameCell = optional(
  z
    .string()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,32}$/, 'must be 3 to 32 characters of a-z, 0-9, ".", "_" or "-"'),
);

export const textCell = (maxLength: number) =>
  optional(z.string().max(maxLength, `is longer than ${maxLength} characters`));

export const roleCell = z.string().toLowerCase().pipe(z.enum(['mentor', 'mentee'], 'must be "mentor" or "mentee"'));

/** `a; b;; c` → ['a', 'b', 'c']. */
export const listCell = z
  .string()
  .transform((value) => value.split(';').flatMap((item) => item.trim() || []))
  .pipe(z.array(z.string().max(100, 'has an item longer than 100 characters')));

export const availabilityCell = z.string().transform((value, ctx) => {
  const { slots, problems } = parseAvailability(value);
  for (const message of problems) ctx.addIssue({ code: 'custom', message, input: value });
  return slots;
});

/** Stored in IANA's own spelling, so `europe/london` becomes `Europe/London`. */
export const timeZoneCell = optional(
  z
    .string()
    .refine(isTimeZone, 'is not an IANA time zone such as "Europe/London"')
    .transform((zone) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone),
);

/**
 * A real ISO date, not after today. "Today" is taken where it is latest on Earth (UTC+14), so a
 * child born today anywhere is never refused because the server's clock is behind their zone.
 */
export const birthDateCell = (now: Date) => {
  const latestToday = new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
  return optional(
    z
      .iso
      .date('must be a real date written YYYY-MM-DD')
      .refine((date) => date <= latestToday, 'is in the future')
      .refine((date) => date >= '1900-01-01', 'is before 1900'),
  );
};

export const capacityCell = optional(
  z
    .string()
    .regex(/^(?:\d|10)$/, 'must be a whole number from 0 to 10')
    .transform(Number),
);

/** For a column that does not apply to the row's role: it must be left empty. */
export const emptyCell = <T>(reason: string, empty: T) => z.literal('', reason).transform(() => empty);
