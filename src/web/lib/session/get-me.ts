import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../api.ts';
import type { Language } from '../i18n.ts';

export const roles = ['admin', 'safeguarding_lead', 'coordinator', 'mentor', 'mentee'] as const;
export type Role = (typeof roles)[number];
/** Roles held in a program; the others belong to the whole organization. */
export const programRoles: readonly Role[] = ['coordinator', 'mentor', 'mentee'];

export interface RoleAssignment {
  assignmentId: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  programId: string | null;
  programName: string | null;
}

export interface Me {
  id: string;
  name: string;
  /** Null for accounts with a username only (young participants without email). */
  email: string | null;
  emailVerified: boolean;
  locale: Language;
  isInstanceAdmin: boolean;
  twoFactorEnabled: boolean;
  twoFactorRequired: boolean;
  roles: RoleAssignment[];
}

/** The signed-in person, or null when nobody is signed in. */
export async function getMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = queryOptions({ queryKey: ['me'], queryFn: getMe, staleTime: 30_000 });

export const useMe = () => useQuery(meQueryOptions);

/** Staff who must enrol in two-factor before they can do anything else. */
export const mustEnrolTwoFactor = (me: Me): boolean => me.twoFactorRequired && !me.twoFactorEnabled;
