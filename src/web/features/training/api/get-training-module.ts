import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { TrainingModule } from './types.ts';

export const getTrainingModule = (moduleId: string) => api<TrainingModule>(`/api/training-modules/${moduleId}`);

export const trainingModuleQueryOptions = (moduleId: string) =>
  queryOptions({ queryKey: ['training-modules', moduleId], queryFn: () => getTrainingModule(moduleId) });

/** A module's lesson and quiz (participants get the questions without the answer key). */
export const useTrainingModule = (moduleId: string) => useQuery(trainingModuleQueryOptions(moduleId));
