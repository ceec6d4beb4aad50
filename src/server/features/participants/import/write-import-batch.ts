import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import type { Tx } from '../../../db/database.ts';
import { insertMany, isUniqueViolation } from '../../../db/insert-many.ts';
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
 * actor for the program). Each table gets one insert for the whole batch (`insertMany`: one
 * array per column), which is what makes 10,000 rows take seconds rather than minutes; only what
 * is rare stays per row (minors held for a guardian, changed rows). A new person's account, role
 * and invitation are audited in one event. Returns how many people were invited.
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
  const userIds = await createAccounts(tx, creates);
  const grant = (plan: CreatePlan, i: number) => ({
    organizationId: program.organizationId,
    programId: program.id,
    userId: userIds[i] ?? '',
    role: plan.row.role,
  });
  // An existing account that gains the role gets grantRoles' own event; a new account's grant is
  // recorded in its one `account.imported` event below.
  await grantRoles(
    tx,
    ctx,
    auditActor,
    creates.flatMap((plan, i) => (plan.account.kind === 'existing' && !plan.account.holdsRole ? [grant(plan, i)] : [])),
  );
  await grantRoles(
    tx,
    ctx,
    auditActor,
    creates.flatMap((plan, i) => (plan.account.kind === 'new' ? [grant(plan, i)] : [])),
    { auditedByCaller: true },
  );
  const experiences: (typeof participantExperiences.$inferInsert)[] = [];
  const created = await createParticipants(tx, ctx, actorId, program, creates, userIds);
  for (const [i, plan] of creates.entries()) {
    const { participantId, key } = created[i] ?? {};
    if (!participantId || !key) throw new Error('participant rows and plans are out of step');
    // The plan let experiences through only for participants old enough to keep them.
    experiences.push(...importedExperienceRows(ctx, participantId, key, plan.experienceIds));
  }
  const invitees = creates.flatMap((plan, i) =>
    plan.account.kind === 'new' && plan.account.invite && plan.row.email
      ? [{ i, email: plan.row.email, role: plan.row.role }]
      : [],
  );
  const invitations = await createInvitations(
    tx,
    ctx,
    actor,
    program.organizationId,
    invitees.map(({ email, role }) => ({ email, role, programId: program.id })),
    { auditedByCaller: true },
  );
  const invitationOf = new Map(invitees.map(({ i }, n) => [i, invitations[n]?.invitation.id ?? null]));
  // One event per new person says who made their account, with which role, and which invitation
  // link was sent: what account.imported, role.granted and invitation.created said in three.
  await appendAuditEvents(
    tx,
    ctx,
    creates.flatMap((plan, i) =>
      plan.account.kind === 'new'
        ? [
            {
              organizationId: program.organizationId,
              actor: auditActor,
              action: 'account.imported',
              target: { type: 'user', id: userIds[i] ?? '', isPerson: true },
              details: {
                programId: program.id,
                role: plan.row.role,
                username: plan.row.username !== null,
                invitationId: invitationOf.get(i) ?? null,
              },
            },
          ]
        : [],
    ),
  );
  // Minors are few: only they are read back, as stored, to be held for a guardian.
  const minors = creates.flatMap((plan, i) => (plan.isMinor ? [{ plan, id: created[i]?.participantId ?? '' }] : []));
  if (minors.length > 0) {
    const stored = await tx
      .select()
      .from(participants)
      .where(
        inArray(
          participants.id,
          minors.map((m) => m.id),
        ),
      );
    const byId = new Map(stored.map((p) => [p.id, p]));
    for (const { plan, id } of minors) {
      const participant = byId.get(id);
      if (!participant) throw new Error('participant rows and plans are out of step');
      await holdForGuardianIfMinor(tx, ctx, actorId, participant, {
        guardianEmails: plan.row.guardianEmail ? [plan.row.guardianEmail] : [],
      });
    }
  }
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
  await insertMany(tx, participantExperiences, experiences);
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
async function createAccounts(tx: Tx, creates: CreatePlan[]) {
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
  await insertMany(tx, user, rows).catch(asConcurrentChange);
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
    return { id, key, keyRow, participant };
  });
  await insertMany(
    tx,
    dataKeys,
    made.map((m) => m.keyRow),
  );
  await insertMany(
    tx,
    participants,
    made.map((m) => m.participant),
  ).catch(asConcurrentChange);
  await insertMany(
    tx,
    participantStatusChanges,
    made.map((m) => statusChangeRow(ctx, { participantId: m.id, from: null, to: 'applied', actorId, reason: null })),
  );
  return made.map((m) => ({ key: m.key, participantId: m.id }));
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

/**
 * The plan found none of these accounts or participants, so a unique index refusing one means
 * someone added it since. A plain insert that fails costs less than ON CONFLICT's check of every
 * unique index before each row, and the transaction rolls back all the same.
 */
const asConcurrentChange = (error: unknown): never => {
  throw isUniqueViolation(error) ? concurrentChange() : error;
};

const concurrentChange = () =>
  new AppError(
    'IMPORT_CONFLICT',
    'Someone added some of these people while the file was being imported. Import it again: rows already written are recognised and left as they are.',
  );
