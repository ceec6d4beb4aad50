// Times the participants import use-case end to end: 10,000 rows into a fresh embedded database
// (PGlite), each row an existing account that becomes a participant with its own data key and two
// sealed experiences; then the same file again (every row unchanged). With NEW=1 nobody has an
// account yet: each row also makes an account and an invitation email.
// Run: node bench/import-participants.bench.ts   (prints the times and rows/s; nothing is asserted)
// DATABASE_URL=postgres://... runs it on a fresh database of that PostgreSQL server instead.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openContext } from '../src/server/boot.ts';
import { loadConfig } from '../src/server/config.ts';
import { createUsersWithPasswordHash } from '../src/server/features/identity/create-users-with-password-hash.ts';
import { createOrganization } from '../src/server/features/organizations/create-organization.ts';
import { createProgram } from '../src/server/features/organizations/create-program.ts';
import { findImportProgramForOperator } from '../src/server/features/participants/import/find-import-program.ts';
import { importParticipants } from '../src/server/features/participants/import/import-participants.ts';
import { summaryLine } from '../src/server/features/participants/import/import-summary.ts';
import { toCsv } from '../src/server/features/participants/import/to-csv.ts';

const ROWS = Number(process.env.ROWS ?? 10_000);
const NEW_PEOPLE = process.env.NEW === '1';
const dataDir = mkdtempSync(join(tmpdir(), 'trellis-import-bench-'));
// With DATABASE_URL set, the same run goes to a fresh database on that PostgreSQL server.
const server = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : null;
const benchDatabase = `trellis_import_bench_${process.pid}`;
const admin = server ? new pg.Client({ connectionString: server.toString() }) : null;
if (admin && server) {
  await admin.connect();
  await admin.query(`create database ${benchDatabase}`);
  server.pathname = `/${benchDatabase}`;
}
const config = loadConfig(
  { dataDir },
  {
    TRELLIS_MASTER_KEY: randomBytes(32).toString('base64'),
    TRELLIS_AUTH_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'warn',
    ...(server ? { DATABASE_URL: server.toString() } : {}),
  },
);
const { ctx, close } = await openContext(config, { work: false });
try {
  const { db } = ctx.database;
  const organization = await db.transaction((tx) =>
    createOrganization(tx, ctx, 'operator', { name: 'Bench School', kind: 'school', timeZone: 'Europe/London' }),
  );
  await db.transaction((tx) =>
    createProgram(tx, ctx, 'operator', organization.id, {
      name: 'Bench',
      slug: 'bench',
      description: 'Import benchmark',
      startsOn: '2026-09-01',
      endsOn: '2027-07-01',
      cadenceFrequency: 'weekly',
      cadenceMinutes: 60,
    }),
  );
  const people = Array.from({ length: ROWS }, (_, i) => ({
    name: `Person ${i}`,
    email: `person${i}@example.org`,
    emailVerified: true,
  }));
  if (!NEW_PEOPLE) await db.transaction((tx) => createUsersWithPasswordHash(tx, people, 'not-a-real-hash'));
  const header = ['email', 'role', 'languages', 'experiences', 'interests', 'availability', 'timezone', 'birth_date'];
  const rows = people.map((p, i) => [
    p.email,
    i % 2 === 0 ? 'mentor' : 'mentee',
    'en; es',
    'Moved countries; First-generation student',
    'chess; music',
    'mon 15:00-17:00; wed 16:00-18:00',
    'Europe/Madrid',
    '1990-01-01',
  ]);
  const csv = toCsv([header, ...rows]);
  const program = await findImportProgramForOperator(db, 'bench', undefined);
  const timed = async (label: string) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const summary = await importParticipants(ctx, 'operator', program, { csv, validOnly: false }, (done, total) =>
      process.stderr.write(`\r${label}: ${done}/${total}`),
    );
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    // CPU time of this process (PGlite runs in it): on a busy shared machine wall time stretches, this does not much.
    const cpuSeconds = (used.user + used.system) / 1e6;
    process.stderr.write('\n');
    console.log(`${label}: ${summaryLine(summary.counts)}, invited ${summary.invited}`);
    console.log(
      `${label}: ${ROWS} rows in ${seconds.toFixed(1)} s: ${Math.round(ROWS / seconds)} rows/s (CPU ${cpuSeconds.toFixed(1)} s)`,
    );
  };
  await timed(NEW_PEOPLE ? 'first import, nobody has an account' : 'first import, everyone has an account');
  await timed('the same file again');
} finally {
  await close();
  rmSync(dataDir, { recursive: true, force: true });
  await admin?.query(`drop database ${benchDatabase}`);
  await admin?.end();
}
