import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Program } from './types.ts';

export const listPrograms = (orgId: string) => api<Program[]>(`/api/organizations/${orgId}/programs`);

export const programsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: ['organizations', orgId, 'programs'], queryFn: () => listPrograms(orgId) });

export const usePrograms = (orgId: string) => useQuery(programsQueryOptions(orgId));
