import { eq, or } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import type { Actor } from '../../identity/actor.ts';
import { getProgramById } from '../../organizations/get-program-by-id.ts';
import { organizations, programs } from '../../organizations/tables.ts';
import { assertProgramStaff } from '../policy.ts';
import type { ImportTarget } from './write-import-batch.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function withTimeZone(db: Db | Tx, program: { id: string; organizationId: string }): Promise<ImportTarget> {
  const [organization] = await db.select().from(organizations).where(eq(organizations.id, program.organizationId));
  if (!organization) throw new AppError('ORGANIZATION_NOT_FOUND', 'There is no such organization.');
  return { id: program.id, organizationId: program.organizationId, timeZone: organization.timeZone };
}

/** The program to import into, for its coordinators and its organization's admins. */
export async function findImportProgramForStaff(db: Db | Tx, actor: Actor, programId: string) {
  const program = await getProgramById(db, actor, programId);
  assertProgramStaff(actor, program);
  return withTimeZone(db, program);
}

/**
 * For the operator at the command line: a program by id or slug; `organization` (id or name)
 * picks among programs of the same slug in several organizations.
 */
export async function findImportProgramForOperator(
  db: Db | Tx,
  program: string,
  organization: string | undefined,
): Promise<ImportTarget> {
  const found = await db
    .select({ id: programs.id, organizationId: programs.organizationId, organizationName: organizations.name })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(UUID.test(program) ? or(eq(programs.id, program), eq(programs.slug, program)) : eq(programs.slug, program));
  const matching = found.filter(
    (p) =>
      organization === undefined ||
      p.organizationId === organization ||
      p.organizationName.toLowerCase() === organization.toLowerCase(),
  );
  const [only, ...more] = matching;
  if (!only) throw new AppError('PROGRAM_NOT_FOUND', `There is no program "${program}".`);
  if (more.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Several organizations have a program "${program}" (${matching.map((p) => p.organizationName).join(', ')}): name one with --org.`,
      { field: 'org' },
    );
  }
  return withTimeZone(db, only);
}
