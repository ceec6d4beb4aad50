import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { RunSummary } from './types.ts';

export const listMatchingRuns = (programId: string) => api<RunSummary[]>(`/api/programs/${programId}/matching-runs`);

export const matchingRunsQueryOptions = (programId: string) =>
  queryOptions({
    queryKey: ['programs', programId, 'matching-runs'],
    queryFn: () => listMatchingRuns(programId),
  });

/** The program's matching runs, newest first, with their figures. */
export const useMatchingRuns = (programId: string) => useQuery(matchingRunsQueryOptions(programId));
