import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Participant } from './types.ts';

export const getParticipant = (participantId: string) => api<Participant>(`/api/participants/${participantId}`);

export const participantQueryOptions = (participantId: string) =>
  queryOptions({ queryKey: ['participants', participantId], queryFn: () => getParticipant(participantId) });

/** One participant with their profile and timeline (themself or program staff). */
export const useParticipant = (participantId: string) => useQuery(participantQueryOptions(participantId));
