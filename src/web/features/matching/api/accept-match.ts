import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MyMatch } from './types.ts';

export const acceptMatch = (matchId: string, agreementVersionId: string) =>
  api<MyMatch>(`/api/matches/${matchId}/acceptance`, { method: 'POST', body: { agreementVersionId } });

/**
 * One of the pair accepts the match and acknowledges the agreement version they read. When both
 * have, the match is active and both participants' statuses change too.
 */
export function useAcceptMatch(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agreementVersionId: string) => acceptMatch(matchId, agreementVersionId),
    onSuccess: (match) => {
      queryClient.setQueryData(['matches', matchId], match);
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
    // A new agreement version was published while it was being read: load it to be read instead.
    onError: () => queryClient.invalidateQueries({ queryKey: ['matches', matchId] }),
  });
}
