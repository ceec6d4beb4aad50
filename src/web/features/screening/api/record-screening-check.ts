import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ScreeningCheck, ScreeningKind, ScreeningOutcome } from './types.ts';

export interface RecordScreeningInput {
  kind: ScreeningKind;
  checkedOn: string;
  outcome: ScreeningOutcome;
  expiresOn: string | null;
}

export const recordScreeningCheck = (participantId: string, input: RecordScreeningInput) =>
  api<ScreeningCheck>(`/api/participants/${participantId}/screening-checks`, { method: 'POST', body: input });

/** Records the facts of a check (never a document); the list reloads with its flags. */
export function useRecordScreeningCheck(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordScreeningInput) => recordScreeningCheck(participantId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['participants', participantId, 'screening'] });
    },
  });
}
