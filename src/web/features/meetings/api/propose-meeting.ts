import { api } from '../../../lib/api.ts';
import type { MeetingPlace, Proposal } from './types.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export interface ProposeMeetingInput extends MeetingPlace {
  /** A new time for this meeting; without it, a new meeting. */
  meetingId?: string;
  localStart: string;
  timeZone: string;
  durationMinutes: number;
  reason?: string | null;
}

export const proposeMeeting = (matchId: string, input: ProposeMeetingInput) =>
  api<Proposal>(`/api/matches/${matchId}/proposals`, { method: 'POST', body: input });

/** Proposes a time the other person accepts or declines. */
export const useProposeMeeting = (matchId: string) =>
  useScheduleMutation(matchId, (input: ProposeMeetingInput) => proposeMeeting(matchId, input));
