import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ProgramMeeting } from './types.ts';

/** `from` and `to` are dates ("2026-11-01"), both included; the server takes at most 62 days. */
export const listProgramMeetings = (programId: string, from: string, to: string) =>
  api<ProgramMeeting[]>(`/api/programs/${programId}/meetings`, { query: { from, to } });

export const programMeetingsQueryOptions = (programId: string, from: string, to: string) =>
  queryOptions({
    queryKey: ['programs', programId, 'meetings', from, to],
    queryFn: () => listProgramMeetings(programId, from, to),
    // The calendar keeps the last month on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

/** The program's meetings between two dates, for its calendar (program staff). */
export const useProgramMeetings = (programId: string, from: string, to: string) =>
  useQuery(programMeetingsQueryOptions(programId, from, to));
