import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { TrainingModuleSummary } from './types.ts';

export const listTrainingModules = (programId: string) =>
  api<TrainingModuleSummary[]>(`/api/programs/${programId}/training-modules`);

export const trainingModulesQueryOptions = (programId: string) =>
  queryOptions({
    queryKey: ['programs', programId, 'training-modules'],
    queryFn: () => listTrainingModules(programId),
  });

/** A program's modules in their order (any member reads them; staff edit them). */
export const useTrainingModules = (programId: string) => useQuery(trainingModulesQueryOptions(programId));
