import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const deleteCommitment = (commitmentId: string) =>
  api<null>(`/api/commitments/${commitmentId}`, { method: 'DELETE' });

/** Whoever wrote an open commitment down takes it back (a slip, a change of plan). */
export function useDeleteCommitment(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCommitment,
    // Not awaited, as for completing: the caller's onSuccess announces at once.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['matches', matchId] });
    },
  });
}
