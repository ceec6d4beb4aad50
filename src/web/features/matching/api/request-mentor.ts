import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MyMatch } from './types.ts';

export interface MentorRequestInput {
  mentorParticipantId: string;
  agreementVersionId: string;
}

export const requestMentor = (participantId: string, input: MentorRequestInput) =>
  api<MyMatch>(`/api/participants/${participantId}/mentor-requests`, { method: 'POST', body: input });

/**
 * A mentee asks a suggested mentor, accepting the match and the agreement for it at once; the
 * mentor then accepts or declines.
 */
export function useRequestMentor(participantId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MentorRequestInput) => requestMentor(participantId, input),
    onSuccess: (match) => {
      queryClient.setQueryData(['matches', match.id], match);
      void queryClient.invalidateQueries({ queryKey: ['me', 'matches'] });
      // Exact: the suggestions would refetch and be refused now that the mentee has a match.
      void queryClient.invalidateQueries({ queryKey: ['participants', participantId], exact: true });
    },
    // A mentor filled up, or a new agreement version was published while it was being read.
    onError: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['participants', participantId, 'mentor-suggestions'] }),
        queryClient.invalidateQueries({ queryKey: ['programs', programId, 'agreement'] }),
      ]),
  });
}
