import { api } from '../../../lib/api.ts';
import type { Meeting } from './types.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export const cancelMeeting = ({ meetingId, reason }: { meetingId: string; reason: string }) =>
  api<Meeting>(`/api/meetings/${meetingId}/cancellation`, { method: 'POST', body: { reason } });

/** Cancels a meeting with a reason; under 24 hours before it starts it counts as late. */
export const useCancelMeeting = (matchId: string) => useScheduleMutation(matchId, cancelMeeting);
