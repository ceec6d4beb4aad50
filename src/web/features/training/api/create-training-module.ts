import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { trainingModuleQueryOptions } from './get-training-module.ts';
import type { TrainingModule, TrainingModuleInput } from './types.ts';

export const createTrainingModule = (programId: string, input: TrainingModuleInput) =>
  api<TrainingModule>(`/api/programs/${programId}/training-modules`, { method: 'POST', body: input });

/** Staff add a module after the existing ones. */
export function useCreateTrainingModule(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TrainingModuleInput) => createTrainingModule(programId, input),
    onSuccess: (module) => {
      queryClient.setQueryData(trainingModuleQueryOptions(module.id).queryKey, module);
      void queryClient.invalidateQueries({ queryKey: ['programs', programId, 'training-modules'] });
    },
  });
}
