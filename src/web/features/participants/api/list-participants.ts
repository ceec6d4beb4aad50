import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ParticipantFilters, ParticipantList } from './types.ts';

export const listParticipants = (programId: string, filters: ParticipantFilters) =>
  api<ParticipantList>(`/api/programs/${programId}/participants`, { query: { ...filters, limit: 200 } });

export const participantsQueryOptions = (programId: string, filters: ParticipantFilters) =>
  queryOptions({
    queryKey: ['programs', programId, 'participants', filters],
    queryFn: () => listParticipants(programId, filters),
    // The table keeps its rows while a new filter loads, so it does not flash empty.
    placeholderData: keepPreviousData,
  });

/** A program's participants matching the filters, with counts for the whole program. */
export const useParticipants = (programId: string, filters: ParticipantFilters) =>
  useQuery(participantsQueryOptions(programId, filters));

/** The CSV export of the same filtered list: a plain link, so the browser downloads it. */
export function participantsCsvUrl(programId: string, filters: ParticipantFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return `/api/programs/${programId}/participants.csv${query ? `?${query}` : ''}`;
}
