import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, fromPglite, openPostgres } from '../../src/server/db/database.ts';
import { migrateDatabase } from '../../src/server/db/migrate.ts';

/**
 * The worker's own database: in-memory PGlite by default, or, with DATABASE_URL set (the
 * PostgreSQL lane), a database of its own on that server. Migrated once; reset between tests.
 */
export async function openWorkerDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = fromPglite(await PGlite.create());
    await migrateDatabase(database);
    return database;
  }
  const name = `trellis_test_${process.pid}_${process.env.VITEST_POOL_ID ?? '0'}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const workerUrl = new URL(url);
  workerUrl.pathname = `/${name}`;
  const database = openPostgres(workerUrl.toString(), 5);
  await migrateDatabase(database);
  return database;
}

/** Empties every application table (not migrations, not pg-boss's queues): milliseconds. */
export async function resetDatabase(database: Database): Promise<void> {
  const { rows } = await database.query<{ name: string }>(
    "select quote_ident(tablename) as name from pg_tables where schemaname = 'public'",
  );
  if (rows.length === 0) return;
  await database.query(`truncate ${rows.map((r) => r.name).join(', ')} cascade`);
}
