import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import type { Tx } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import type { DataKey } from '../../../lib/crypto.ts';
import { newId } from '../../../lib/ids.ts';
import { type AuditActor, appendAuditEvents } from '../../audit/append-audit-event.ts';
import { holdForGuardianIfMinor } from '../../guardians/hold-for-guardian.ts';
import type { Actor } from '../../identity/actor.ts';
import { placeholderEmailFor } from '../../identity/placeholder-email.ts';
import { user } from '../../identity/tables.ts';
import { newDataKey } from '../../keys/create-data-key.ts';
import { loadDataKeys } from '../../keys/load-data-key.ts';
import { dataKeys } from '../../keys/tables.ts';
import { createInvitations } from '../../organizations/create-invitation.ts';
import { grantRoles } from '../../organizations/grant-role.ts';
import { participantRow } from '../create-participant.ts';
import { sealExperienceWith } from '../experience-rows.ts';
import { statusChangeRow } from '../record-status-change.ts';
import { participantExperiences, participantStatusChanges, participants } from '../tables.ts';
import type { RowPlan } from './plan-participant-import.ts';

/** Staff importing through the web app, or the operator at the command line. */
export type ImportActor = Actor | 'operator';
export type RowOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportTarget {
  id: string;
  organizationId: string;
  /** The organization's time zone, for rows without one. */
  timeZone: string;
}

type CreatePlan = Extract<RowPlan, { kind: 'create' }>;

/**
 * Writes one batch of planned rows in the caller's transaction (the caller has authorised the
 * actor for the program). Each table gets one multi-row insert for the whole batch, which is what
 * makes 10,000 rows take seconds rather than minutes; only what is rare stays per row (minors
 * held for a guardian, changed rows). Returns how many people were invited.
 */
export async function writeImportBatch(
  tx: Tx,
  ctx: Ctx,
  actor: ImportActor,
  program: ImportTarget,
  plans: RowPlan[],
): Promise<{ outcomes: RowOutcome[]; invited: number }> {
  const actorId = actor === 'operator' ? null : actor.userId;
  const auditActor: AuditActor = actorId === null ? 'operator' : { userId: actorId };
  const creates = plans.filter((p): p is CreatePlan => p.kind === 'create');
  const userIds = await createAccounts(tx, ctx, auditActor, program, creates);
  await grantRoles(
    tx,
    ctx,
    auditActor,
    creates.flatMap((plan, i) =>
      plan.account.kind === 'existing' && plan.account.holdsRole
        ? []
        : [
            {
              organizationId: program.organizationId,
              programId: program.id,
              userId: userIds[i] ?? '',
              role: plan.row.role,
            },
          ],
    ),
  );
  const experiences: (typeof participantExperiences.$inferInsert)[] = [];
  const created = await createParticipants(tx, ctx, actorId, program, creates, userIds);
  for (const [i, plan] of creates.entries()) {
    const { participant, key } = created[i] ?? {};
    if (!participant || !key) throw new Error('participant rows and plans are out of step');
    // The plan let experiences through only for participants old enough to keep them.
    experiences.push(...importedExperienceRows(ctx, participant.id, key, plan.experienceIds));
    if (plan.isMinor) {
      await holdForGuardianIfMinor(tx, ctx, actorId, participant, {
        guardianEmails: plan.row.guardianEmail ? [plan.row.guardianEmail] : [],
      });
    }
  }
  const invitations = await createInvitations(
    tx,
    ctx,
    actor,
    program.organizationId,
    creates.flatMap(({ account, row }) =>
      account.kind === 'new' && account.invite && row.email
        ? [{ email: row.email, role: row.role, programId: program.id }]
        : [],
    ),
  );
  const updates = plans.filter((p) => p.kind === 'update');
  for (const plan of updates) {
    if (Object.keys(plan.changes).length > 0) {
      await tx
        .update(participants)
        .set({ ...plan.changes, updatedAt: ctx.clock.now() })
        .where(eq(participants.id, plan.participant.id));
    }
  }
  if (updates.some((p) => p.experienceIds.length > 0)) {
    const keys = await loadDataKeys(tx, ctx, [...new Set(updates.map((p) => p.participant.dataKeyId))]);
    for (const plan of updates) {
      const key = keys.get(plan.participant.dataKeyId);
      if (key) experiences.push(...importedExperienceRows(ctx, plan.participant.id, key, plan.experienceIds));
    }
  }
  for (let i = 0; i < experiences.length; i += 5000) {
    await tx.insert(participantExperiences).values(experiences.slice(i, i + 5000));
  }
  const outcomes = plans.map(
    (p): RowOutcome => (p.kind === 'create' ? 'created' : p.kind === 'update' ? 'updated' : 'unchanged'),
  );
  return { outcomes, invited: invitations.length };
}

/**
 * Accounts for people the program does not know yet, without a password: a person with an email
 * sets one through the invitation link; a young person with a username through a setup code
 * their coordinator issues. Returns the account of every create plan, in order.
 */
async function createAccounts(tx: Tx, ctx: Ctx, actor: AuditActor, program: ImportTarget, creates: CreatePlan[]) {
  const rows: (typeof user.$inferInsert)[] = [];
  const userIds = creates.map((plan) => {
    if (plan.account.kind === 'existing') return plan.account.userId;
    const { email, username, name } = plan.row;
    const id = newId();
    rows.push({
      id,
      name: name ?? username ?? email?.split('@')[0] ?? 'Participant',
      email: email ?? placeholderEmailFor(username ?? id),
      username,
      displayUsername: username,
      emailVerified: false,
    });
    return id;
  });
  if (rows.length === 0) return userIds;
  const inserted = await tx.insert(user).values(rows).onConflictDoNothing().returning({ id: user.id });
  if (inserted.length < rows.length) throw concurrentChange();
  await appendAuditEvents(
    tx,
    ctx,
    rows.map((r) => ({
      organizationId: program.organizationId,
      actor,
      action: 'account.imported',
      target: { type: 'user', id: r.id ?? '', isPerson: true },
      details: { programId: program.id, username: r.username !== null },
    })),
  );
  return userIds;
}

/** Participants in `applied`, each with a fresh data key and the first timeline entry. */
async function createParticipants(
  tx: Tx,
  ctx: Ctx,
  actorId: string | null,
  program: ImportTarget,
  creates: CreatePlan[],
  userIds: string[],
) {
  if (creates.length === 0) return [];
  const made = creates.map((plan, i) => {
    const id = newId();
    const { key, row: keyRow } = newDataKey(ctx, { ownerType: 'participant', ownerId: id });
    const { row } = plan;
    const participant = participantRow(ctx, id, key.id, {
      organizationId: program.organizationId,
      programId: program.id,
      userId: userIds[i] ?? '',
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
    return { key, keyRow, participant };
  });
  await tx.insert(dataKeys).values(made.map((m) => m.keyRow));
  const inserted = await tx
    .insert(participants)
    .values(made.map((m) => m.participant))
    .onConflictDoNothing()
    .returning();
  if (inserted.length < made.length) throw concurrentChange();
  await tx
    .insert(participantStatusChanges)
    .values(
      inserted.map((p) =>
        statusChangeRow(ctx, { participantId: p.id, from: null, to: 'applied', actorId, reason: null }),
      ),
    );
  const byId = new Map(inserted.map((p) => [p.id, p]));
  return made.map((m) => ({ key: m.key, participant: byId.get(m.participant.id ?? '') }));
}

/** Experiences a coordinator says a person has: sealed, unconfirmed, without consent (unused, unshown). */
function importedExperienceRows(ctx: Ctx, participantId: string, key: DataKey, experienceIds: string[]) {
  const createdAt = ctx.clock.now();
  return experienceIds.map((experienceId) => {
    const id = newId();
    return {
      id,
      participantId,
      experience: sealExperienceWith(key, id, experienceId),
      source: 'import' as const,
      confirmedAt: null,
      createdAt,
    };
  });
}

const concurrentChange = () =>
  new AppError(
    'IMPORT_CONFLICT',
    'Someone added some of these people while the file was being imported. Import it again: rows already written are recognised and left as they are.',
  );
