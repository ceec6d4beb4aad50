import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { CreateProgramInput } from './create-program.ts';
import { programQueryOptions } from './get-program.ts';
import type { Program } from './types.ts';

/** Only the fields that changed: the audit log records which ones. */
export type UpdateProgramInput = Partial<CreateProgramInput>;

export const updateProgram = (programId: string, input: UpdateProgramInput) =>
  api<Program>(`/api/programs/${programId}`, { method: 'PATCH', body: input });

export function useUpdateProgram(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProgramInput) => updateProgram(programId, input),
    onSuccess: (program) => {
      queryClient.setQueryData(programQueryOptions(programId).queryKey, program);
      // Not awaited: the organization's list and the navigation (program names) catch up behind.
      void queryClient.invalidateQueries({ queryKey: ['organizations', program.organizationId, 'programs'] });
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
