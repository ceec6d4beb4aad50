import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MyMatch } from './types.ts';

export const declineMatch = (matchId: string, reason: string) =>
  api<MyMatch>(`/api/matches/${matchId}/decline`, { method: 'POST', body: { reason } });

/** One of the pair declines a proposed match, saying why. */
export function useDeclineMatch(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => declineMatch(matchId, reason),
    onSuccess: (match) => {
      queryClient.setQueryData(['matches', matchId], match);
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
