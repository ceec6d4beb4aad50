import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Match, MyMatch } from './types.ts';

export const getMatch = (matchId: string) => api<Match | MyMatch>(`/api/matches/${matchId}`);

export const matchQueryOptions = (matchId: string) =>
  queryOptions({ queryKey: ['matches', matchId], queryFn: () => getMatch(matchId) });

/** One match: with the agreement and what the two share for one of the pair, the facts alone for staff. */
export const useMatch = (matchId: string) => useQuery(matchQueryOptions(matchId));
