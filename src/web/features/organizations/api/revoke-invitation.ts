import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Withdraws an open invitation: its link stops working. */
export const revokeInvitation = (orgId: string, invitationId: string) =>
  api<null>(`/api/organizations/${orgId}/invitations/${invitationId}`, { method: 'DELETE' });

export function useRevokeInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(orgId, invitationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations', orgId, 'invitations'] }),
  });
}
