import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Invitation } from './types.ts';

export const listInvitations = (orgId: string) => api<Invitation[]>(`/api/organizations/${orgId}/invitations`);

export const invitationsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: ['organizations', orgId, 'invitations'], queryFn: () => listInvitations(orgId) });

export const useInvitations = (orgId: string) => useQuery(invitationsQueryOptions(orgId));
