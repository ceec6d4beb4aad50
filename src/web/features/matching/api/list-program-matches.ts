import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Match, MatchStatus } from './types.ts';

export const listProgramMatches = (programId: string, status: MatchStatus | undefined) =>
  api<Match[]>(`/api/programs/${programId}/matches`, { query: { status } });

export const programMatchesQueryOptions = (programId: string, status: MatchStatus | undefined) =>
  queryOptions({
    queryKey: ['programs', programId, 'matches', status ?? 'all'],
    queryFn: () => listProgramMatches(programId, status),
    // The table keeps its rows while another status loads, so it does not flash empty.
    placeholderData: keepPreviousData,
  });

/** A program's matches (staff), optionally only those in one status. */
export const useProgramMatches = (programId: string, status: MatchStatus | undefined) =>
  useQuery(programMatchesQueryOptions(programId, status));
