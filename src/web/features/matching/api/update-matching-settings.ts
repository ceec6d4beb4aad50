import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MatchingSettings } from './types.ts';

export const updateMatchingSettings = (programId: string, settings: MatchingSettings) =>
  api<MatchingSettings>(`/api/programs/${programId}/matching-settings`, { method: 'PUT', body: settings });

/** Staff replace the program's matching settings; the next run uses them. */
export function useUpdateMatchingSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: MatchingSettings) => updateMatchingSettings(programId, settings),
    onSuccess: (saved) => queryClient.setQueryData(['programs', programId, 'matching-settings'], saved),
  });
}
