import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Language } from '../../../lib/i18n.ts';
import type { Acknowledgement } from './types.ts';

export interface AcknowledgeInput {
  version: number;
  language: Language;
}

export const acknowledgeAgreement = (participantId: string, input: AcknowledgeInput) =>
  api<Acknowledgement>(`/api/participants/${participantId}/agreement-acknowledgements`, {
    method: 'POST',
    body: input,
  });

/** Records that the participant read this version in this language (the participant themself). */
export function useAcknowledgeAgreement(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AcknowledgeInput) => acknowledgeAgreement(participantId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['participants', participantId] });
    },
  });
}
