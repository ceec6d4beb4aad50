import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { organizationToday } from '../screening/organization-today.ts';
import { countProgramParticipants } from './count-program-participants.ts';
import { findParticipantRows, type Page } from './find-participant-rows.ts';
import type { ParticipantFilters } from './participant-filters.ts';
import { assertProgramStaff } from './policy.ts';

/** The coordinator's list: one page of matching participants, how many match, and the program's counts. */
export async function listProgramParticipants(
  db: Db,
  ctx: Ctx,
  actor: Actor,
  programId: string,
  filters: ParticipantFilters,
  page: Page,
) {
  const program = await getProgramById(db, actor, programId);
  assertProgramStaff(actor, program);
  const { rows, total } = await findParticipantRows(
    db,
    program.id,
    filters,
    await organizationToday(db, ctx, program.organizationId),
    page,
  );
  return { rows, total, counts: await countProgramParticipants(db, program.id) };
}
