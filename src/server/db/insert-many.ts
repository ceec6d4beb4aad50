import { getTableColumns, getTableName, is, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './database.ts';

/**
 * Inserts many rows in one statement with one parameter per column: each column travels as an
 * array and `unnest` turns the arrays back into rows. A multi-row VALUES list has one parameter
 * per cell, and Drizzle builds each of them one by one (a 500-row batch of a ten-column table is
 * 5,000 parameters): for a bulk import that building took as long as the database's own work,
 * and PostgreSQL parses and plans the long list too. Values go through each column's own mapping
 * (dates, JSON) as Drizzle's insert does; a column left out of every row gets its database
 * default, and `$defaultFn` columns get theirs. Returns how many rows were inserted, which is
 * fewer than given only with `onConflictDoNothing`.
 */
export async function insertMany<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: T['$inferInsert'][],
  options: { onConflictDoNothing?: boolean } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const records = rows as Record<string, unknown>[];
  const names: SQL[] = [];
  const arrays: SQL[] = [];
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const given = records.filter((r) => r[key] !== undefined).length;
    if (given === 0 && !column.defaultFn) continue;
    const fallback = column.defaultFn ?? (is(column.default, SQL) ? undefined : () => column.default ?? null);
    if (given < records.length && column.hasDefault && !fallback) {
      // An array cannot say "use the database default" for one element: set it in every row or in none.
      throw new Error(`insertMany(${getTableName(table)}): "${key}" is set in some rows and not in others`);
    }
    const values = records.map((r) => {
      const value = r[key] === undefined ? (fallback?.() ?? null) : r[key];
      return value === null ? null : column.mapToDriverValue(value);
    });
    names.push(sql`${sql.identifier(column.name)}`);
    arrays.push(sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`);
  }
  const onConflict = options.onConflictDoNothing ? sql` on conflict do nothing` : sql``;
  const result = (await tx.execute(
    sql`insert into ${table} (${sql.join(names, sql`, `)}) select * from unnest(${sql.join(arrays, sql`, `)})${onConflict}`,
  )) as { rowCount?: number | null; affectedRows?: number };
  // node-postgres reports rowCount, PGlite affectedRows.
  const inserted = result.rowCount ?? result.affectedRows;
  if (inserted === undefined || inserted === null) throw new Error('insertMany: the driver did not report a row count');
  return inserted;
}

/** A unique index refused a row (SQLSTATE 23505), as the driver or Drizzle's wrapper reports it. */
export function isUniqueViolation(error: unknown): boolean {
  const codeOf = (e: unknown) => (e && typeof e === 'object' && 'code' in e ? e.code : undefined);
  return codeOf(error) === '23505' || (error instanceof Error && codeOf(error.cause) === '23505');
}
