import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { installProgramDefaults } from './install-program-defaults.ts';
import { assertOrgAdmin } from './policy.ts';
import { programs } from './tables.ts';

export interface ProgramInput {
  name: string;
  slug: string;
  description: string;
  startsOn: string;
  endsOn: string;
  cadenceFrequency: 'weekly' | 'fortnightly' | 'monthly';
  cadenceMinutes: number;
}

export function assertProgramDates(input: { startsOn: string; endsOn: string }): void {
  if (input.endsOn < input.startsOn) {
    throw new AppError('VALIDATION_FAILED', 'The program must end on or after the day it starts.', { field: 'endsOn' });
  }
}

export async function assertSlugFree(tx: Tx, organizationId: string, slug: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.organizationId, organizationId), eq(programs.slug, slug)));
  if (taken && taken.id !== exceptId) {
    throw new AppError('SLUG_TAKEN', `Another program here already uses the slug "${slug}".`, { field: 'slug' });
  }
}

export async function createProgram(
  tx: Tx,
  ctx: Ctx,
  actor: Actor | 'operator',
  organizationId: string,
  input: ProgramInput,
) {
  if (actor !== 'operator') assertOrgAdmin(actor, organizationId);
  assertProgramDates(input);
  await assertSlugFree(tx, organizationId, input.slug);
  const [program] = await tx
    .insert(programs)
    .values({ id: newId(), organizationId, ...input, name: input.name.trim() })
    .returning();
  if (!program) throw new Error('insert returned nothing');
  await installProgramDefaults(tx, ctx, program.id);
  await appendAuditEvent(tx, ctx, {
    organizationId,
    actor: actor === 'operator' ? actor : { userId: actor.userId },
    action: 'program.created',
    target: { type: 'program', id: program.id },
    details: { slug: program.slug },
  });
  return program;
}
