import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { TrainingAttempt } from './types.ts';

/** Question id → chosen option id. */
export type QuizAnswers = Record<string, string>;

export const submitTrainingAttempt = (participantId: string, moduleId: string, answers: QuizAnswers) =>
  api<TrainingAttempt>(`/api/participants/${participantId}/training/${moduleId}/attempts`, {
    method: 'POST',
    body: { answers },
  });

/** Answers a quiz (the participant themself); their progress reloads with the new score. */
export function useSubmitTrainingAttempt(participantId: string, moduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: QuizAnswers) => submitTrainingAttempt(participantId, moduleId, answers),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['participants', participantId] });
    },
  });
}
