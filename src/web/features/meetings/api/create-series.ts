import { api } from '../../../lib/api.ts';
import type { Meeting, MeetingPlace } from './types.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export interface CreateSeriesInput extends MeetingPlace {
  /** 0 Sunday … 6 Saturday, in timeZone. */
  weekday: number;
  /** `HH:mm` in timeZone. */
  localTime: string;
  timeZone: string;
  intervalWeeks: 1 | 2 | 4;
  durationMinutes: number;
  /** `YYYY-MM-DD`: the rhythm starts on the first chosen weekday on or after it. */
  firstDate: string;
}

export const createSeries = (matchId: string, input: CreateSeriesInput) =>
  api<{ seriesId: string; meetings: Meeting[] }>(`/api/matches/${matchId}/series`, { method: 'POST', body: input });

/** The pair agrees a rhythm (replacing the current one): its meetings are planned to the program's end. */
export const useCreateSeries = (matchId: string) =>
  useScheduleMutation(matchId, (input: CreateSeriesInput) => createSeries(matchId, input));
