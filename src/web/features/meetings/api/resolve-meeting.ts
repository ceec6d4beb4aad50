import { api } from '../../../lib/api.ts';
import type { Meeting } from './types.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export interface ResolveMeetingInput {
  meetingId: string;
  outcome: 'held' | 'no-show' | 'cancelled';
  noShowBy?: 'mentor' | 'mentee' | 'both';
}

export const resolveMeeting = ({ meetingId, ...body }: ResolveMeetingInput) =>
  api<Meeting>(`/api/meetings/${meetingId}/resolution`, { method: 'POST', body });

/** Program staff settle a disputed meeting (audited). */
export const useResolveMeeting = (matchId: string) => useScheduleMutation(matchId, resolveMeeting);
