import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { CommitmentOwner, PairCommitment } from './types.ts';

export interface CreateCommitmentInput {
  owner: CommitmentOwner;
  text: string;
  /** `YYYY-MM-DD`: due by the end of that day in the writer's time zone. */
  dueDate: string;
}

export const createCommitment = (matchId: string, input: CreateCommitmentInput) =>
  api<PairCommitment>(`/api/matches/${matchId}/commitments`, { method: 'POST', body: input });

/** One of the pair writes down what one of them will do before next time. */
export function useCreateCommitment(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCommitmentInput) => createCommitment(matchId, input),
    // Not awaited: the caller's own onSuccess runs at once, before the refetch may unmount its form.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['matches', matchId] });
    },
  });
}
