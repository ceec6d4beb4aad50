import { api } from '../../../lib/api.ts';
import type { Meeting, MeetingPlace } from './types.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export interface CreateMeetingInput extends MeetingPlace {
  /** `YYYY-MM-DDTHH:mm` in timeZone. */
  localStart: string;
  timeZone: string;
  durationMinutes: number;
}

export const createMeeting = (matchId: string, input: CreateMeetingInput) =>
  api<Meeting>(`/api/matches/${matchId}/meetings`, { method: 'POST', body: input });

/** One of the pair plans a single meeting; the other is told. */
export const useCreateMeeting = (matchId: string) =>
  useScheduleMutation(matchId, (input: CreateMeetingInput) => createMeeting(matchId, input));
