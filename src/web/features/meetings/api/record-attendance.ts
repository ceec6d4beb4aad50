import { api } from '../../../lib/api.ts';
import type { AttendanceAnswer, Meeting } from './types.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export interface AttendanceInput {
  meetingId: string;
  answer: AttendanceAnswer;
  /** The mentee's "I felt heard", 1–5. */
  feltHeard?: number | null;
  /** The mentor's "I shared an experience of mine". */
  sharedExperience?: boolean | null;
}

export const recordAttendance = ({ meetingId, ...body }: AttendanceInput) =>
  api<Meeting>(`/api/meetings/${meetingId}/attendance`, { method: 'POST', body });

/** One of the pair says what happened at a meeting once it has started. */
export const useRecordAttendance = (matchId: string) => useScheduleMutation(matchId, recordAttendance);
