import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Member } from './types.ts';

/** Everyone holding a role in the organization: one row per role held. */
export const listMembers = (orgId: string) => api<Member[]>(`/api/organizations/${orgId}/members`);

export const membersQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: ['organizations', orgId, 'members'], queryFn: () => listMembers(orgId) });

export const useMembers = (orgId: string) => useQuery(membersQueryOptions(orgId));
