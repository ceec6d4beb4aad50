import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

interface PerSide {
  mentor: number;
  mentee: number;
}

export interface Consistency {
  cadenceDays: number;
  expected: number;
  held: number;
  adherence: number | null;
  upcoming: number;
  awaitingConfirmation: number;
  disputed: number;
  cancelled: PerSide;
  lateChanges: PerSide;
  noShows: PerSide;
  commitments: { due: number; keptOnTime: number; overdue: number; open: number };
  mentorResponses: { answered: number; pending: number; medianHours: number | null };
}

export const getMatchConsistency = (matchId: string) => api<Consistency | null>(`/api/matches/${matchId}/consistency`);

/** The pair's figures of following through (null before the match started). */
export const useMatchConsistency = (matchId: string) =>
  useQuery({ queryKey: ['matches', matchId, 'consistency'], queryFn: () => getMatchConsistency(matchId) });
