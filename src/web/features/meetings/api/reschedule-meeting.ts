import { api } from '../../../lib/api.ts';
import type { Meeting, MeetingPlace } from './types.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export interface RescheduleMeetingInput extends MeetingPlace {
  meetingId: string;
  localStart: string;
  timeZone: string;
  durationMinutes?: number;
  reason: string;
}

export const rescheduleMeeting = ({ meetingId, ...body }: RescheduleMeetingInput) =>
  api<Meeting>(`/api/meetings/${meetingId}/reschedule`, { method: 'POST', body });

/** Moves a meeting, with a reason the other person is told. */
export const useRescheduleMeeting = (matchId: string) => useScheduleMutation(matchId, rescheduleMeeting);
