import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Organization } from './types.ts';

export const getOrganization = (orgId: string) => api<Organization>(`/api/organizations/${orgId}`);

export const organizationQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: ['organizations', orgId], queryFn: () => getOrganization(orgId) });

export const useOrganization = (orgId: string) => useQuery(organizationQueryOptions(orgId));
