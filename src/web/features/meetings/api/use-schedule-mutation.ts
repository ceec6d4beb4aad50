import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A change to a match's schedule: on success everything about the match is fetched again
 * (schedule, figures, commitments, the match itself), as the other person's page does live.
 */
export function useScheduleMutation<TInput, TResult>(matchId: string, mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // Not awaited: the caller's own onSuccess runs at once, before the refetch may unmount its form.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['matches', matchId] });
    },
  });
}
