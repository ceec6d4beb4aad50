import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from '../identity/tables.ts';
import { organizationKinds } from './organization-kinds.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const organizationRoles = ['admin', 'safeguarding_lead'] as const;
export const programRoles = ['coordinator', 'mentor', 'mentee'] as const;
export const roles = [...organizationRoles, ...programRoles] as const;
export type Role = (typeof roles)[number];
export const cadenceFrequencies = ['weekly', 'fortnightly', 'monthly'] as const;

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: organizationKinds }).notNull(),
  timeZone: text('time_zone').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull().default(''),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    cadenceFrequency: text('cadence_frequency', { enum: cadenceFrequencies }).notNull(),
    cadenceMinutes: integer('cadence_minutes').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('programs_org_slug_key').on(t.organizationId, t.slug),
    check('programs_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** Who holds which role where. Organization roles have no program; program roles always do. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    programId: uuid('program_id').references(() => programs.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    grantedBy: uuid('granted_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('role_assignments_org_role_key')
      .on(t.userId, t.organizationId, t.role)
      .where(sql`${t.programId} is null`),
    uniqueIndex('role_assignments_program_role_key')
      .on(t.userId, t.programId, t.role)
      .where(sql`${t.programId} is not null`),
    index('role_assignments_org_idx').on(t.organizationId),
    check('role_assignments_scope_check', sql`(${t.role} in ('admin','safeguarding_lead')) = (${t.programId} is null)`),
  ],
);

export const instanceAdmins = pgTable('instance_admins', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    programId: uuid('program_id').references(() => programs.id),
    email: text('email').notNull(),
    role: text('role', { enum: roles }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** Null when invited by the operator at the machine (CLI). */
    invitedBy: uuid('invited_by'),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    acceptedBy: uuid('accepted_by'),
    revokedAt: ts('revoked_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  // By email too: re-inviting (and an import's check for open invitations) looks people up by address.
  (t) => [index('invitations_org_idx').on(t.organizationId), index('invitations_email_idx').on(t.email)],
);
