import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MatchingRun } from './types.ts';

export const getMatchingRun = (runId: string) => api<MatchingRun>(`/api/matching-runs/${runId}`);

export const matchingRunQueryOptions = (runId: string) =>
  queryOptions({ queryKey: ['matching-runs', runId], queryFn: () => getMatchingRun(runId) });

/** One run's proposal: pairs with reasons, the unmatched with theirs, and its figures (none asked for an empty id). */
export const useMatchingRun = (runId: string | null) =>
  useQuery({ ...matchingRunQueryOptions(runId ?? ''), enabled: runId !== null && runId !== '' });
