import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MatchConsistency } from './types.ts';

export const getProgramConsistency = (programId: string) =>
  api<MatchConsistency[]>(`/api/programs/${programId}/consistency`);

export const programConsistencyQueryOptions = (programId: string) =>
  queryOptions({
    queryKey: ['programs', programId, 'consistency'],
    queryFn: () => getProgramConsistency(programId),
  });

/** Each started match's figures of following through (program staff). */
export const useProgramConsistency = (programId: string) => useQuery(programConsistencyQueryOptions(programId));
