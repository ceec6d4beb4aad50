import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { type Schedule, scheduleKey } from './types.ts';

export const getMatchSchedule = (matchId: string) => api<Schedule>(`/api/matches/${matchId}/schedule`);

export const matchScheduleQueryOptions = (matchId: string) =>
  queryOptions({ queryKey: scheduleKey(matchId), queryFn: () => getMatchSchedule(matchId) });

/** A match's rhythm, meetings, open proposals and change log (the pair or program staff). */
export const useMatchSchedule = (matchId: string) => useQuery(matchScheduleQueryOptions(matchId));
