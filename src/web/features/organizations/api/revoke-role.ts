import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const revokeRole = (orgId: string, assignmentId: string) =>
  api<null>(`/api/organizations/${orgId}/roles/${assignmentId}`, { method: 'DELETE' });

export function useRevokeRole(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assignmentId: string) => revokeRole(orgId, assignmentId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organizations', orgId, 'members'] });
      // The admin may have removed one of their own roles.
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
