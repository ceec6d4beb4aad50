import { queryOptions, useQueries } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface OrganizationAdmin {
  userId: string;
  name: string;
  email: string;
}

/** Who administers an organization: for instance admins (who appoint them) and its own admins. */
export const listOrganizationAdmins = (orgId: string) => api<OrganizationAdmin[]>(`/api/organizations/${orgId}/admins`);

export const organizationAdminsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: ['organizations', orgId, 'admins'], queryFn: () => listOrganizationAdmins(orgId) });

export const useOrganizationAdmins = (orgIds: string[]) =>
  useQueries({ queries: orgIds.map((orgId) => organizationAdminsQueryOptions(orgId)) });
