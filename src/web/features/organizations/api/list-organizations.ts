import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Organization } from './types.ts';

export const listOrganizations = () => api<Organization[]>('/api/organizations');

export const organizationsQueryOptions = queryOptions({ queryKey: ['organizations'], queryFn: listOrganizations });

export const useOrganizations = () => useQuery(organizationsQueryOptions);
