import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ParticipantStatus, ParticipantSummary } from './types.ts';

export interface TransitionInput {
  to: ParticipantStatus;
  reason?: string;
}

export const transitionParticipant = (participantId: string, input: TransitionInput) =>
  api<ParticipantSummary>(`/api/participants/${participantId}/transitions`, { method: 'POST', body: input });

/** Moves a participant on (program staff); the page and the program's list reload. */
export function useTransitionParticipant(participantId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TransitionInput) => transitionParticipant(participantId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['participants', participantId] });
      void queryClient.invalidateQueries({ queryKey: ['programs', programId, 'participants'] });
    },
  });
}
