import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Match } from './types.ts';

export interface CloseMatchInput {
  matchId: string;
  reason: string;
  /** Yes: the mentee is ready to be matched again, never with this mentor. No: the mentee's participation closes. */
  rematch: boolean;
}

export const closeMatch = ({ matchId, ...body }: CloseMatchInput) =>
  api<Match>(`/api/matches/${matchId}/closure`, { method: 'POST', body });

/** Staff close an active match or withdraw a proposed one; matches and eligibility reload. */
export function useCloseMatch(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeMatch,
    onSuccess: (match) => {
      queryClient.setQueryData(['matches', match.id], match);
      void queryClient.invalidateQueries({ queryKey: ['programs', programId, 'matches'] });
      void queryClient.invalidateQueries({ queryKey: ['programs', programId, 'matching-candidates'] });
      void queryClient.invalidateQueries({ queryKey: ['programs', programId, 'participants'] });
    },
  });
}
