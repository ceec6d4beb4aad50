import type { participants } from '../tables.ts';
import type { ParticipantColumn } from './participant-columns.ts';
import type { ValidRow } from './participant-row.ts';

export type Changes = Partial<typeof participants.$inferInsert>;

/**
 * The clear fields this file sets that differ from what is held. Only columns the file has count;
 * an empty list cell empties the list, while an empty time zone, birth date or capacity leaves the
 * held value alone (a participant always has a time zone, and dropping a birth date would undo
 * the minor rule).
 */
export function changedFields(
  held: typeof participants.$inferSelect,
  columns: ReadonlySet<ParticipantColumn>,
  row: ValidRow,
) {
  const changes: Changes = {};
  const set = <K extends keyof Changes>(column: ParticipantColumn, field: K, value: Changes[K] | null | undefined) => {
    if (!columns.has(column) || value === undefined) return;
    if (canonical(held[field as keyof typeof held] ?? null) !== canonical(value)) changes[field] = value as Changes[K];
  };
  set('languages', 'languages', row.languages);
  set('interests', 'interests', row.interests);
  if (held.role === row.role && row.role === 'mentee') set('goals', 'goals', row.goals);
  if (held.role === row.role && row.role === 'mentor') set('strengths', 'strengths', row.strengths);
  set('availability', 'availability', row.availability);
  set('gender', 'gender', row.gender);
  if (row.timeZone !== null) set('timezone', 'timeZone', row.timeZone);
  if (row.birthDate !== null) set('birth_date', 'birthDate', row.birthDate);
  if (row.capacity !== null && row.role === 'mentor') set('capacity', 'capacity', row.capacity);
  return changes;
}

/** JSON with object keys sorted: jsonb hands objects back with its own key order (availability slots). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
