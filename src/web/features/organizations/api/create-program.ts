import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { CadenceFrequency, Program } from './types.ts';

export interface CreateProgramInput {
  name: string;
  slug: string;
  description: string;
  startsOn: string;
  endsOn: string;
  cadence: { frequency: CadenceFrequency; minutes: number };
}

export const createProgram = (orgId: string, input: CreateProgramInput) =>
  api<Program>(`/api/organizations/${orgId}/programs`, { method: 'POST', body: input });

export function useCreateProgram(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProgramInput) => createProgram(orgId, input),
    // Not awaited: the form clears first, then the list shows the new row.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['organizations', orgId, 'programs'] });
    },
  });
}
