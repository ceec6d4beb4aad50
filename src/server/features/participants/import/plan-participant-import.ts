import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/database.ts';
import { ageOn } from '../../guardians/age-on.ts';
import { hasGuardianConsent } from '../../guardians/has-guardian-consent.ts';
import { user } from '../../identity/tables.ts';
import { invitations } from '../../organizations/tables.ts';
import { getProgramParticipation } from '../get-program-participation.ts';
import { participants, programExperiences } from '../tables.ts';
import type { ImportError } from './participant-columns.ts';
import type { ValidRow } from './participant-row.ts';

export interface ImportProgram {
  id: string;
  organizationId: string;
}

type Participant = typeof participants.$inferSelect;

/** What writing one row will do, decided before anything is written. */
export type RowPlan =
  | { kind: 'invite'; row: ValidRow; invited: boolean }
  | { kind: 'create'; row: ValidRow; userId: string; experienceIds: string[] }
  | { kind: 'update'; row: ValidRow; participant: Participant; experienceIds: string[] };

export interface ImportPlan {
  plans: RowPlan[];
  errors: ImportError[];
}

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Matches each valid row with what the program already holds (accounts by email or username,
 * participants by account and role, open invitations) and finds the problems only the database
 * can show: experience labels outside the vocabulary, minors without a guardian's email,
 * experiences that may not be kept yet, usernames without an account. Reads only.
 */
export async function planParticipantImport(
  db: Db | Tx,
  program: ImportProgram,
  rows: ValidRow[],
  now: Date,
): Promise<ImportPlan> {
  const today = now.toISOString().slice(0, 10);
  const vocabulary = new Map<string, string>();
  const labels = await db
    .select({ id: programExperiences.id, label: programExperiences.label })
    .from(programExperiences)
    .where(and(eq(programExperiences.programId, program.id), isNull(programExperiences.archivedAt)));
  for (const { id, label } of labels) vocabulary.set(label.toLowerCase(), id);
  const { guardianConsentAge } = await getProgramParticipation(db, program.id);

  const accounts = await findAccounts(db, rows);
  const userIds = [...new Set([...accounts.byEmail.values(), ...accounts.byUsername.values()])];
  const held = new Map<string, Participant>();
  for (const ids of chunk(userIds, 1000)) {
    const found = await db
      .select()
      .from(participants)
      .where(and(eq(participants.programId, program.id), inArray(participants.userId, ids)));
    for (const p of found) held.set(`${p.userId}:${p.role}`, p);
  }
  const invited = await openInvitations(db, program, rows, now);

  const plans: RowPlan[] = [];
  const errors: ImportError[] = [];
  for (const row of rows) {
    const rowErrors: ImportError[] = [];
    const fail = (column: string, reason: string) => rowErrors.push({ row: row.row, column, reason });
    const experienceIds: string[] = [];
    for (const label of row.experiences) {
      const id = vocabulary.get(label.toLowerCase());
      if (id) experienceIds.push(id);
      else fail('experiences', `"${label}" is not in this program's list of experiences`);
    }
    const minor = row.birthDate !== null && ageOn(row.birthDate, today) < guardianConsentAge;
    if (minor && row.guardianEmail === null) {
      fail('guardian_email', `participants under ${guardianConsentAge} need a parent or guardian's email`);
    }
    const userId = row.email ? accounts.byEmail.get(row.email) : row.username && accounts.byUsername.get(row.username);
    if (!userId && !row.email) fail('username', 'username accounts are not available yet; give an email');
    const participant = userId ? held.get(`${userId}:${row.role}`) : undefined;
    if (experienceIds.length > 0) {
      const birthDate = row.birthDate ?? participant?.birthDate ?? null;
      const allowed = participant
        ? await hasGuardianConsent(db, { ...participant, birthDate }, today)
        : birthDate !== null && ageOn(birthDate, today) >= guardianConsentAge;
      if (!allowed) {
        fail(
          'experiences',
          `experiences are kept only for participants known to be ${guardianConsentAge} or older, or after a guardian consents`,
        );
      }
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else if (participant) plans.push({ kind: 'update', row, participant, experienceIds });
    else if (userId) plans.push({ kind: 'create', row, userId, experienceIds });
    else plans.push({ kind: 'invite', row, invited: invited.has(`${row.email}:${row.role}`) });
  }
  return { plans, errors };
}

async function findAccounts(db: Db | Tx, rows: ValidRow[]) {
  const byEmail = new Map<string, string>();
  const byUsername = new Map<string, string>();
  const emails = rows.flatMap((r) => (r.email ? [r.email] : []));
  const usernames = rows.flatMap((r) => (r.username && !r.email ? [r.username] : []));
  for (const some of chunk(emails, 1000)) {
    const found = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, some));
    for (const u of found) byEmail.set(u.email, u.id);
  }
  for (const some of chunk(usernames, 1000)) {
    const found = await db
      .select({ id: user.id, username: user.username })
      .from(user)
      .where(inArray(user.username, some));
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
