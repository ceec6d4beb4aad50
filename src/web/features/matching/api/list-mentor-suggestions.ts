import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MentorSuggestion } from './types.ts';

export const listMentorSuggestions = (participantId: string) =>
  api<{ mentors: MentorSuggestion[] }>(`/api/participants/${participantId}/mentor-suggestions`);

export const mentorSuggestionsQueryOptions = (participantId: string) =>
  queryOptions({
    queryKey: ['participants', participantId, 'mentor-suggestions'],
    queryFn: () => listMentorSuggestions(participantId),
  });

/** A ready mentee's best five possible mentors, with reasons (the mentee themself). */
export const useMentorSuggestions = (participantId: string) => useQuery(mentorSuggestionsQueryOptions(participantId));
