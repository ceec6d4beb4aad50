import { MatchInputError } from './match-input-error.ts';

// Small checks for parsed JSON, each naming the field it looks at. The matching input is checked
// by hand rather than with Zod because a cohort holds tens of thousands of profiles (and a score
// matrix millions of entries): Zod took 0.15–0.45 s for 6,000 profiles, most of the time budget.
// For the same reason a field's name ("mentees[3].goals[1]") is only put together for an error.

export type Json = Record<string, unknown>;

export function objectAt(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MatchInputError(field, 'must be an object');
  }
  return value as Json;
}

/** Refuses keys other than `allowed`, so a misspelt setting is not silently replaced by its default. */
export function onlyKeys(object: Json, allowed: ReadonlySet<string>, field: string): void {
  for (const key in object) {
    if (!allowed.has(key)) {
      throw new MatchInputError(
        field ? `${field}.${key}` : key,
        `is not a known field (known: ${[...allowed].join(', ')})`,
      );
    }
  }
}

export function arrayAt(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new MatchInputError(field, 'must be an array');
  return value;
}

export function idAt(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new MatchInputError(field, 'must be a non-empty string');
  return value;
}

/**
 * A list of non-empty strings at `where.key`, duplicates dropped (first occurrence kept); absent
 * means empty. A list without duplicates is returned as it is, not copied: a large cohort has
 * a hundred thousand of them, and copies that live as long as the input only feed the garbage
 * collector. (The engine never changes its input.)
 */
export function tagsAt(value: unknown, where: string, key: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new MatchInputError(`${where}.${key}`, 'must be an array');
  let tags: string[] | null = null;
  for (let k = 0; k < value.length; k++) {
    const tag = value[k];
    if (typeof tag !== 'string' || tag.trim() === '') {
      throw new MatchInputError(`${where}.${key}[${k}]`, 'must be a non-empty string');
    }
    const seen = value.indexOf(tag) < k;
    if (seen && tags === null) tags = value.slice(0, k) as string[];
    else if (!seen && tags !== null) tags.push(tag);
  }
  return tags ?? (value as string[]);
}

export function optionalStringAt(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new MatchInputError(field, 'must be a string or null');
  return value;
}

export function numberAt(
  value: unknown,
  field: string,
  range: { min: number; max: number; integer?: boolean },
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new MatchInputError(field, 'must be a number');
  if (range.integer && !Number.isInteger(value)) throw new MatchInputError(field, 'must be a whole number');
  if (value < range.min || value > range.max) {
    throw new MatchInputError(field, `must be from ${range.min} to ${range.max}, got ${value}`);
  }
  return value;
}

export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new MatchInputError(field, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  }
  return value as T;
}

export function assertUniqueIds(people: readonly { id: string }[], list: 'mentors' | 'mentees'): void {
  const seen = new Map<string, number>();
  people.forEach((person, index) => {
    const first = seen.get(person.id);
    if (first !== undefined) {
      throw new MatchInputError(`${list}[${index}].id`, `duplicate id "${person.id}" (also ${list}[${first}].id)`);
    }
    seen.set(person.id, index);
  });
}
