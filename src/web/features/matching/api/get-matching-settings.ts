import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MatchingSettings } from './types.ts';

export const getMatchingSettings = (programId: string) =>
  api<MatchingSettings>(`/api/programs/${programId}/matching-settings`);

export const matchingSettingsQueryOptions = (programId: string) =>
  queryOptions({
    queryKey: ['programs', programId, 'matching-settings'],
    queryFn: () => getMatchingSettings(programId),
  });

/** The program's weights and constraints (its defaults until staff change them). */
export const useMatchingSettings = (programId: string) => useQuery(matchingSettingsQueryOptions(programId));
