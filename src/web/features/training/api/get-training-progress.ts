import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { TrainingProgress } from './types.ts';

export const getTrainingProgress = (participantId: string) =>
  api<TrainingProgress>(`/api/participants/${participantId}/training`);

export const trainingProgressQueryOptions = (participantId: string) =>
  queryOptions({
    queryKey: ['participants', participantId, 'training'],
    queryFn: () => getTrainingProgress(participantId),
  });

/** Every module of the participant's program with their best score (themself or program staff). */
export const useTrainingProgress = (participantId: string) => useQuery(trainingProgressQueryOptions(participantId));
