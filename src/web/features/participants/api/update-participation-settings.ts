import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ParticipationSettings } from './types.ts';

export type UpdateParticipationInput = Partial<Omit<ParticipationSettings, 'programId'>>;

export const updateParticipationSettings = (programId: string, input: UpdateParticipationInput) =>
  api<ParticipationSettings>(`/api/programs/${programId}/participation`, { method: 'PATCH', body: input });

export function useUpdateParticipationSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateParticipationInput) => updateParticipationSettings(programId, input),
    onSuccess: (saved) => queryClient.setQueryData(['programs', programId, 'participation'], saved),
  });
}
