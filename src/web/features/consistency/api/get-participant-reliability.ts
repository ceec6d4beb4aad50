import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Reliability } from './types.ts';

export const getParticipantReliability = (participantId: string) =>
  api<Reliability>(`/api/participants/${participantId}/reliability`);

export const participantReliabilityQueryOptions = (participantId: string) =>
  queryOptions({
    queryKey: ['participants', participantId, 'reliability'],
    queryFn: () => getParticipantReliability(participantId),
  });

/** A mentor's reliability across their matches (the mentor themself, or program staff). */
export const useParticipantReliability = (participantId: string) =>
  useQuery(participantReliabilityQueryOptions(participantId));
