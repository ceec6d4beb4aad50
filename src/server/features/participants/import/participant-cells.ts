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

export const roleCell = z
  .string()
  .toLowerCase()
  .pipe(z.enum(['mentor', 'mentee'], 'must be "mentor" or "mentee"'));

/** `a; b;; c` → ['a', 'b', 'c']. */
export const listCell = z
  .string()
  .transform(splitList)
  .pipe(z.array(z.string().max(100, 'has an item longer than 100 characters')));

// A plain loop: `flatMap` here was the slowest step of reading 10,000 rows.
function splitList(value: string): string[] {
  const items: string[] = [];
  for (const item of value.split(';')) {
    const trimmed = item.trim();
    if (trimmed !== '') items.push(trimmed);
  }
  return items;
}

export const availabilityCell = z.string().transform((value, ctx) => {
  const { slots, problems } = parseAvailability(value);
  for (const message of problems) ctx.addIssue({ code: 'custom', message, input: value });
  return slots;
});

/** Stored in IANA's own spelling, so `europe/london` becomes `Europe/London`. */
export const timeZoneCell = optional(
  z.string().transform((written, ctx) => {
    const zone = canonicalTimeZone(written);
    if (zone === null) ctx.addIssue({ code: 'custom', message: 'is not an IANA time zone such as "Europe/London"' });
    return zone ?? z.NEVER;
  }),
);

// Building an Intl.DateTimeFormat costs about 0.1 ms, which alone took seconds on 10,000 rows;
// a file names only a few zones, so the answers are remembered (bounded, as the text is untrusted).
const knownZones = new Map<string, string | null>();

function canonicalTimeZone(written: string): string | null {
  const known = knownZones.get(written);
  if (known !== undefined) return known;
  const zone = isTimeZone(written)
    ? new Intl.DateTimeFormat('en', { timeZone: written }).resolvedOptions().timeZone
    : null;
  if (knownZones.size < 1000) knownZones.set(written, zone);
  return zone;
}

/**
 * A real ISO date, not after today. "Today" is taken where it is latest on Earth (UTC+14), so a
 * child born today anywhere is never refused because the server's clock is behind their zone.
 */
export const birthDateCell = (now: Date) => {
  const latestToday = new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
  return optional(
    // Piped, so a malformed date gets one reason rather than three.
    z.iso.date('must be a real date written YYYY-MM-DD').pipe(
      z
        .string()
        .refine((date) => date <= latestToday, 'is in the future')
        .refine((date) => date >= '1900-01-01', 'is before 1900'),
    ),
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
