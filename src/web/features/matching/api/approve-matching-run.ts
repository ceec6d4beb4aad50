import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Match } from './types.ts';

export const approveMatchingRun = (runId: string) =>
  api<{ matches: Match[] }>(`/api/matching-runs/${runId}/approval`, { method: 'POST' });

/** Staff approve a run's proposal: one proposed match per pair, and both people are told. */
export function useApproveMatchingRun(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveMatchingRun,
    onSuccess: (_result, runId) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['matching-runs', runId] }),
        queryClient.invalidateQueries({ queryKey: ['programs', programId, 'matching-runs'] }),
        queryClient.invalidateQueries({ queryKey: ['programs', programId, 'matching-candidates'] }),
        queryClient.invalidateQueries({ queryKey: ['programs', programId, 'matches'] }),
      ]),
  });
}
