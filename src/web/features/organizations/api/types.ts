import type { Role } from '../../../lib/session/get-me.ts';

// Shapes the organizations API returns (src/server/features/organizations/presenters.ts).
export type OrganizationKind = 'school' | 'community';
export type CadenceFrequency = 'weekly' | 'fortnightly' | 'monthly';
export const cadenceFrequencies: readonly CadenceFrequency[] = ['weekly', 'fortnightly', 'monthly'];

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  timeZone: string;
  createdAt: string;
}

export interface Program {
  id: string;
  organizationId: string;
  name: string;
  slug: string;
  description: string;
  startsOn: string;
  endsOn: string;
  cadence: { frequency: CadenceFrequency; minutes: number };
  createdAt: string;
}

export interface Member {
  assignmentId: string;
  userId: string;
  name: string;
  /** Null for accounts with a username only. */
  email: string | null;
  twoFactorEnabled: boolean;
  role: Role;
  programId: string | null;
  programName: string | null;
  since: string;
}

export type InvitationStatus = 'open' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  programId: string | null;
  programName: string | null;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
}
