import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { type Commitment, commitmentsKey } from './types.ts';

export const listCommitments = (matchId: string) => api<Commitment[]>(`/api/matches/${matchId}/commitments`);

/** A match's commitments: with their words for the pair, without for program staff. */
export const useCommitments = (matchId: string) =>
  useQuery({ queryKey: commitmentsKey(matchId), queryFn: () => listCommitments(matchId) });
