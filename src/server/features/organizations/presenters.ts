import { z } from 'zod';
import { organizationKinds } from './organization-kinds.ts';
import { cadenceFrequencies, roles } from './tables.ts';

// Output schemas and the presenters that fill them: routes never return raw rows.
export const organizationOut = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organizationKinds),
  timeZone: z.string(),
  createdAt: z.string(),
});

export const programOut = z.object({
  id: z.string(),
  organizationId: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  cadence: z.object({ frequency: z.enum(cadenceFrequencies), minutes: z.number() }),
  createdAt: z.string(),
});

export const invitationOut = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(roles),
  programId: z.string().nullable(),
  programName: z.string().nullable(),
  status: z.enum(['open', 'accepted', 'revoked', 'expired']),
  expiresAt: z.string(),
  createdAt: z.string(),
});

export const memberOut = z.object({
  assignmentId: z.string(),
  userId: z.string(),
  name: z.string(),
  /** Null for username-only accounts. */
  email: z.string().nullable(),
  twoFactorEnabled: z.boolean(),
  role: z.enum(roles),
  programId: z.string().nullable(),
  programName: z.string().nullable(),
  since: z.string(),
});

type OrganizationRow = { id: string; name: string; kind: 'school' | 'community'; timeZone: string; createdAt: Date };
export const presentOrganization = (o: OrganizationRow): z.infer<typeof organizationOut> => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  timeZone: o.timeZone,
  createdAt: o.createdAt.toISOString(),
});

type ProgramRow = {
  id: string;
  organizationId: string;
  name: string;
  slug: string;
  description: string;
  startsOn: string;
  endsOn: string;
  cadenceFrequency: (typeof cadenceFrequencies)[number];
  cadenceMinutes: number;
  createdAt: Date;
};
export const presentProgram = (p: ProgramRow): z.infer<typeof programOut> => ({
  id: p.id,
  organizationId: p.organizationId,
  name: p.name,
  slug: p.slug,
  description: p.description,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  cadence: { frequency: p.cadenceFrequency, minutes: p.cadenceMinutes },
  createdAt: p.createdAt.toISOString(),
});

type InvitationRow = {
  invitation: {
    id: string;
    email: string;
    role: (typeof roles)[number];
    programId: string | null;
    expiresAt: Date;
    acceptedAt: Date | null;
    revokedAt: Date | null;
    createdAt: Date;
  };
  programName: string | null;
};
export const presentInvitation = (
  { invitation: i, programName }: InvitationRow,
  now: Date,
): z.infer<typeof invitationOut> => ({
  id: i.id,
  email: i.email,
  role: i.role,
  programId: i.programId,
  programName,
  status: i.acceptedAt ? 'accepted' : i.revokedAt ? 'revoked' : i.expiresAt <= now ? 'expired' : 'open',
  expiresAt: i.expiresAt.toISOString(),
  createdAt: i.createdAt.toISOString(),
});
