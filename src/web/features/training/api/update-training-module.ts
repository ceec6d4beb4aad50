import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { trainingModuleQueryOptions } from './get-training-module.ts';
import type { TrainingModule, TrainingModuleInput } from './types.ts';

/** What is left out stays as it is; the slug (part of the module's identity) never changes. */
export type TrainingModuleChanges = Partial<Omit<TrainingModuleInput, 'slug'>>;

export const updateTrainingModule = (moduleId: string, changes: TrainingModuleChanges) =>
  api<TrainingModule>(`/api/training-modules/${moduleId}`, { method: 'PATCH', body: changes });

/** Staff change a module; attempts already made keep their score. */
export function useUpdateTrainingModule(moduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: TrainingModuleChanges) => updateTrainingModule(moduleId, changes),
    onSuccess: (module) => {
      queryClient.setQueryData(trainingModuleQueryOptions(moduleId).queryKey, module);
      void queryClient.invalidateQueries({ queryKey: ['programs', module.programId, 'training-modules'] });
    },
  });
}
