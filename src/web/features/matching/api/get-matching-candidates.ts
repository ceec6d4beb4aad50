import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MatchingCandidates } from './types.ts';

export const getMatchingCandidates = (programId: string) =>
  api<MatchingCandidates>(`/api/programs/${programId}/matching-candidates`);

export const matchingCandidatesQueryOptions = (programId: string) =>
  queryOptions({
    queryKey: ['programs', programId, 'matching-candidates'],
    queryFn: () => getMatchingCandidates(programId),
  });

/** Who a run would consider right now: ready mentees, and mentors with places left. */
export const useMatchingCandidates = (programId: string) => useQuery(matchingCandidatesQueryOptions(programId));
