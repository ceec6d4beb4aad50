import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { presentableEmail } from '../identity/placeholder-email.ts';
import { getProgramById } from '../organizations/get-program-by-id.ts';
import { organizationToday } from '../screening/organization-today.ts';
import { findParticipantRows, type ParticipantRow } from './find-participant-rows.ts';
import { neutraliseCell } from './import/neutralise-cell.ts';
import { toCsv } from './import/to-csv.ts';
import type { ParticipantFilters } from './participant-filters.ts';
import { assertProgramStaff } from './policy.ts';

// The import's column names where they mean the same thing (and the same list and availability
// formats), so people who know one file read the other.
const HEADER = [
  'email',
  'username',
  'name',
  'role',
  'status',
  'languages',
  'interests',
  'goals',
  'strengths',
  'availability',
  'timezone',
  'birth_date',
  'gender',
  'capacity',
  'applied_at',
];

function toFields({ participant: p, name, email, username }: ParticipantRow): string[] {
  return [
    presentableEmail(email) ?? '',
    username ?? '',
    name,
    p.role,
    p.status,
    p.languages.join('; '),
    p.interests.join('; '),
    p.goals.join('; '),
    p.strengths.join('; '),
    p.availability.map((s) => `${s.day} ${s.start}-${s.end}`).join('; '),
    p.timeZone,
    p.birthDate ?? '',
    p.gender ?? '',
    p.capacity === null ? '' : String(p.capacity),
    p.createdAt.toISOString(),
  ];
}

/**
 * The participants list as a spreadsheet (no sealed fields). Every value people typed is
 * neutralised so that it cannot run as a formula, and every export is audited: it is personal data
 * leaving Trellis.
 */
export async function exportParticipantsCsv(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  programId: string,
  filters: ParticipantFilters,
): Promise<string> {
  const program = await getProgramById(tx, actor, programId);
  assertProgramStaff(actor, program);
  const { rows } = await findParticipantRows(
    tx,
    program.id,
    filters,
    await organizationToday(tx, ctx, program.organizationId),
  );
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'participants.exported',
    target: { type: 'program', id: program.id },
    details: { rows: rows.length },
  });
  return toCsv([HEADER, ...rows.map((row) => toFields(row).map(neutraliseCell))], { bom: true });
}
