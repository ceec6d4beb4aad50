import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface TimeSuggestion {
  weekday: number;
  localTime: string;
  timeZone: string;
  mentee: { weekday: number; time: string };
  mentor: { weekday: number; time: string };
}

export const getTimeSuggestions = (matchId: string, durationMinutes: number) =>
  api<TimeSuggestion[]>(`/api/matches/${matchId}/time-suggestions`, { query: { durationMinutes } });

/** Weekly times inside both people's availabilities, anchored in the mentee's zone (the pair only). */
export const useTimeSuggestions = (matchId: string, durationMinutes: number, enabled: boolean) =>
  useQuery({
    queryKey: ['matches', matchId, 'time-suggestions', durationMinutes],
    queryFn: () => getTimeSuggestions(matchId, durationMinutes),
    enabled,
  });
