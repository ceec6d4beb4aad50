import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ParticipantSummary, WeeklySlot } from './types.ts';

interface CommonFields {
  timeZone: string;
  birthDate?: string;
  gender?: string;
  languages: string[];
  interests: string[];
  availability: WeeklySlot[];
  /** Asked for below the program's guardian consent age. */
  guardianEmail?: string;
  /** The language of the guardian's email and page. */
  language?: 'en' | 'es';
}

/** Mentees say what they hope for; mentors what they bring and how many mentees they can take. */
export type ApplicationInput =
  | (CommonFields & { role: 'mentee'; goals: string[] })
  | (CommonFields & { role: 'mentor'; strengths: string[]; capacity: number });

export const applyToProgram = (programId: string, input: ApplicationInput) =>
  api<ParticipantSummary>(`/api/programs/${programId}/applications`, { method: 'POST', body: input });

export function useApplyToProgram(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicationInput) => applyToProgram(programId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['me', 'participations'] });
    },
  });
}
