import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import type { Tx } from '../../../db/database.ts';
import { holdForGuardianIfMinor } from '../../guardians/hold-for-guardian.ts';
import type { Actor } from '../../identity/actor.ts';
import { createInvitation } from '../../organizations/create-invitation.ts';
import { grantRole } from '../../organizations/grant-role.ts';
import { roleAssignments } from '../../organizations/tables.ts';
import { createParticipant } from '../create-participant.ts';
import { stageImportedExperiences } from '../experience-import.ts';
import { participants } from '../tables.ts';
import type { ParticipantColumn } from './participant-columns.ts';
import type { ValidRow } from './participant-row.ts';
import type { RowPlan } from './plan-participant-import.ts';

/** Staff importing through the web app, or the operator at the command line. */
export type ImportActor = Actor | 'operator';
export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'invited';

export interface ImportTarget {
  id: string;
  organizationId: string;
  /** The organization's time zone, for rows without one. */
  timeZone: string;
}

/** Writes one planned row; the caller has authorised the actor for the program. */
export async function writeImportRow(
  tx: Tx,
  ctx: Ctx,
  actor: ImportActor,
  program: ImportTarget,
  columns: ReadonlySet<ParticipantColumn>,
  plan: RowPlan,
): Promise<RowOutcome> {
  const actorId = actor === 'operator' ? null : actor.userId;
  const { row } = plan;
  if (plan.kind === 'invite') {
    // No account yet: the person is invited to the role; their profile is theirs to fill in.
    if (plan.invited || !row.email) return 'unchanged';
    await createInvitation(tx, ctx, actor, program.organizationId, {
      email: row.email,
      role: row.role,
      programId: program.id,
    });
    return 'invited';
  }
  if (plan.kind === 'update') {
    const changes = changedFields(plan.participant, columns, row);
    if (Object.keys(changes).length > 0) {
      await tx
        .update(participants)
        .set({ ...changes, updatedAt: ctx.clock.now() })
        .where(eq(participants.id, plan.participant.id));
    }
    const added = await stageImportedExperiences(tx, ctx, plan.participant, plan.experienceIds);
    return Object.keys(changes).length > 0 || added > 0 ? 'updated' : 'unchanged';
  }
  const [holds] = await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, plan.userId),
        eq(roleAssignments.programId, program.id),
        eq(roleAssignments.role, row.role),
      ),
    );
  if (!holds) {
    await grantRole(tx, ctx, actorId === null ? 'operator' : { userId: actorId }, {
      organizationId: program.organizationId,
      programId: program.id,
      userId: plan.userId,
      role: row.role,
    });
  }
  const created = await createParticipant(tx, ctx, actorId, {
    organizationId: program.organizationId,
    programId: program.id,
    userId: plan.userId,
    role: row.role,
    timeZone: row.timeZone ?? program.timeZone,
    birthDate: row.birthDate ?? undefined,
    gender: row.gender ?? undefined,
    languages: row.languages,
    interests: row.interests,
    goals: row.goals,
    strengths: row.strengths,
    capacity: row.capacity ?? undefined,
    availability: row.availability,
  });
  const participant = await holdForGuardianIfMinor(tx, ctx, actorId, created, {
    guardianEmails: row.guardianEmail ? [row.guardianEmail] : [],
  });
  // The plan let experiences through only for participants old enough to keep them.
  await stageImportedExperiences(tx, ctx, participant, plan.experienceIds);
  return 'created';
}

type Changes = Partial<typeof participants.$inferInsert>;

/**
 * The clear fields this file sets that differ from what is held. Only columns the file has count;
 * an empty list cell empties the list, while an empty time zone, birth date or capacity leaves the
 * held value alone (a participant always has a time zone, and dropping a birth date would undo
 * the minor rule).
 */
function changedFields(held: typeof participants.$inferSelect, columns: ReadonlySet<ParticipantColumn>, row: ValidRow) {
  const changes: Changes = {};
  const set = <K extends keyof Changes>(column: ParticipantColumn, field: K, value: Changes[K] | null | undefined) => {
    if (!columns.has(column) || value === undefined) return;
    if (JSON.stringify(held[field as keyof typeof held] ?? null) !== JSON.stringify(value))
      changes[field] = value as Changes[K];
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
