import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { PairCommitment } from './types.ts';

export const completeCommitment = (commitmentId: string) =>
  api<PairCommitment>(`/api/commitments/${commitmentId}/completion`, { method: 'POST' });

/** The owner marks their commitment done. */
export function useCompleteCommitment(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeCommitment,
    // Not awaited: the caller's own onSuccess runs at once, before the refetch may unmount its form.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['matches', matchId] });
    },
  });
}
