import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** One handle for both engines: the same Drizzle queries and migrations run on each. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Raw SQL outside any transaction (pg-boss, maintenance). */
  query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  /** PGlite only: the single embedded connection. */
  pglite?: PGlite;
  /** PostgreSQL only: the pool, and its address (pg-boss opens its own pool there). */
  pool?: pg.Pool;
  url?: string;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const pglite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  return fromPglite(pglite);
}

export function fromPglite(pglite: PGlite): Database {
  return {
    kind: 'pglite',
    db: drizzlePglite(pglite, { schema }) as unknown as Db,
    query: (text, values) => pglite.query(text, values) as never,
    pglite,
    close: () => pglite.close(),
  };
}

export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client error (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    db: drizzlePg(pool, { schema }) as unknown as Db,
    query: (text, values) => pool.query(text, values as unknown[]) as never,
    pool,
    url,
    close: () => pool.end(),
  };
}
