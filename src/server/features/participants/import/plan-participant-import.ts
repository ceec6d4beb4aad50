import { and, eq, gt, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Ctx } from '../../../context.ts';
import type { Db, Tx } from '../../../db/database.ts';
import { ageOn } from '../../guardians/age-on.ts';
import { hasGuardianConsent } from '../../guardians/has-guardian-consent.ts';
import { user } from '../../identity/tables.ts';
import { invitations, roleAssignments } from '../../organizations/tables.ts';
import { heldExperienceIds } from '../experience-rows.ts';
import { getProgramParticipation } from '../get-program-participation.ts';
import { participants, programExperiences } from '../tables.ts';
import { type Changes, changedFields } from './changed-fields.ts';
import type { ImportError, ParticipantColumn } from './participant-columns.ts';
import type { ValidRow } from './participant-row.ts';

export interface ImportProgram {
  id: string;
  organizationId: string;
}

type Participant = typeof participants.$inferSelect;

/** Whose account a new participant row belongs to. */
export type RowAccount =
  | { kind: 'existing'; userId: string; holdsRole: boolean }
  /** No account yet: one is made (no password) and, with an email, an invitation link sent unless one is open. */
  | { kind: 'new'; invite: boolean };

/** What writing one row will do, decided before anything is written. */
export type RowPlan =
  | { kind: 'create'; row: ValidRow; account: RowAccount; experienceIds: string[]; isMinor: boolean }
  | { kind: 'update'; row: ValidRow; participant: Participant; changes: Changes; experienceIds: string[] }
  | { kind: 'unchanged'; row: ValidRow; participant: Participant };

export interface ImportPlan {
  plans: RowPlan[];
  errors: ImportError[];
}

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Matches each valid row with what the program already holds (accounts by email or username,
 * participants by account and role, roles, open invitations, experiences held) and finds the
 * problems only the database can show: experience labels outside the vocabulary, minors without
 * a guardian's email, experiences that may not be kept yet, a username that is someone else's.
 * Reads only, in bulk: a few statements for the whole file, so a 10,000-row preview stays quick.
 */
export async function planParticipantImport(
  db: Db | Tx,
  ctx: Ctx,
  program: ImportProgram,
  columns: ReadonlySet<ParticipantColumn>,
  rows: ValidRow[],
): Promise<ImportPlan> {
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  const vocabulary = new Map<string, string>();
  const labels = await db
    .select({ id: programExperiences.id, label: programExperiences.label })
    .from(programExperiences)
    .where(and(eq(programExperiences.programId, program.id), isNull(programExperiences.archivedAt)));
  for (const { id, label } of labels) vocabulary.set(label.toLowerCase(), id);
  const { guardianConsentAge } = await getProgramParticipation(db, program.id);
  const isAdult = (birthDate: string | null) => birthDate !== null && ageOn(birthDate, today) >= guardianConsentAge;

  const accounts = await findAccounts(db, rows);
  const userIds = [...new Set([...accounts.byEmail.values(), ...accounts.byUsername.values()])];
  const held = new Map<string, Participant>();
  const roles = new Set<string>();
  for (const ids of chunk(userIds, 1000)) {
    const found = await db
      .select()
      .from(participants)
      .where(and(eq(participants.programId, program.id), inArray(participants.userId, ids)));
    for (const p of found) held.set(`${p.userId}:${p.role}`, p);
    const granted = await db
      .select({ userId: roleAssignments.userId, role: roleAssignments.role })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.programId, program.id), inArray(roleAssignments.userId, ids)));
    for (const r of granted) roles.add(`${r.userId}:${r.role}`);
  }
  const invited = await openInvitations(db, program, rows, now);
  const heldExperiences = columns.has('experiences') ? await heldExperienceIds(db, ctx, [...held.values()]) : new Map();

  const plans: RowPlan[] = [];
  const errors: ImportError[] = [];
  for (const row of rows) {
    const rowErrors: ImportError[] = [];
    const fail = (column: string, reason: string) => rowErrors.push({ row: row.row, column, reason });
    const experienceIds: string[] = [];
    for (const label of row.experiences) {
      const id = vocabulary.get(label.toLowerCase());
      if (id && !experienceIds.includes(id)) experienceIds.push(id);
      else if (!id) fail('experiences', `"${label}" is not in this program's list of experiences`);
    }
    const isMinor = row.birthDate !== null && !isAdult(row.birthDate);
    if (isMinor && row.guardianEmail === null) {
      fail('guardian_email', `participants under ${guardianConsentAge} need a parent or guardian's email`);
    }
    const byEmail = row.email ? accounts.byEmail.get(row.email) : undefined;
    const byUsername = row.username ? accounts.byUsername.get(row.username) : undefined;
    // With an email, the email decides whose row it is; its username may not be someone else's.
    if (row.email && byUsername && byUsername !== byEmail) fail('username', 'this username belongs to another account');
    const userId = row.email ? byEmail : byUsername;
    const participant = userId ? held.get(`${userId}:${row.role}`) : undefined;
    const fresh = participant
      ? experienceIds.filter((id) => !heldExperiences.get(participant.id)?.has(id))
      : experienceIds;
    if (fresh.length > 0) {
      const birthDate = row.birthDate ?? participant?.birthDate ?? null;
      // Age decides without a query; only a younger (or undated) participant needs the consent read.
      const allowed =
        isAdult(birthDate) || (participant !== undefined && (await hasGuardianConsent(db, participant, today)));
      if (!allowed) {
        fail(
          'experiences',
          `experiences are kept only for participants known to be ${guardianConsentAge} or older, or after a guardian consents`,
        );
      }
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
    } else if (participant) {
      const changes = changedFields(participant, columns, row);
      const isChanged = Object.keys(changes).length > 0 || fresh.length > 0;
      plans.push(
        isChanged
          ? { kind: 'update', row, participant, changes, experienceIds: fresh }
          : { kind: 'unchanged', row, participant },
      );
    } else {
      const account: RowAccount = userId
        ? { kind: 'existing', userId, holdsRole: roles.has(`${userId}:${row.role}`) }
        : { kind: 'new', invite: row.email !== null && !invited.has(`${row.email}:${row.role}`) };
      plans.push({ kind: 'create', row, account, experienceIds, isMinor });
    }
  }
  return { plans, errors };
}

async function findAccounts(db: Db | Tx, rows: ValidRow[]) {
  const byEmail = new Map<string, string>();
  const byUsername = new Map<string, string>();
  const emails = rows.flatMap((r) => (r.email ? [r.email] : []));
  const usernames = rows.flatMap((r) => (r.username ? [r.username] : []));
  for (const some of chunk(emails, 1000)) {
    const found = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, some));
    for (const u of found) byEmail.set(u.email, u.id);
  }
  for (const some of chunk(usernames, 1000)) {
    const found = await db
      .select({ id: user.id, username: user.username })
      .from(user)
      .where(and(isNotNull(user.username), inArray(user.username, some)));
    for (const u of found) if (u.username) byUsername.set(u.username, u.id);
  }
  return { byEmail, byUsername };
}

/** Open invitations to this program, so a re-import does not send a second link. */
async function openInvitations(db: Db | Tx, program: ImportProgram, rows: ValidRow[], now: Date): Promise<Set<string>> {
  const open = new Set<string>();
  const emails = rows.flatMap((r) => (r.email ? [r.email] : []));
  for (const some of chunk(emails, 1000)) {
    const found = await db
      .select({ email: invitations.email, role: invitations.role })
      .from(invitations)
      .where(
        and(
          eq(invitations.programId, program.id),
          inArray(invitations.email, some),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      );
    for (const i of found) open.add(`${i.email}:${i.role}`);
  }
  return open;
}
