import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ParticipationSettings } from './types.ts';

export const getParticipationSettings = (programId: string) =>
  api<ParticipationSettings>(`/api/programs/${programId}/participation`);

export const participationSettingsQueryOptions = (programId: string) =>
  queryOptions({
    queryKey: ['programs', programId, 'participation'],
    queryFn: () => getParticipationSettings(programId),
  });

/** Which application forms are open, and the age below which a guardian consents. */
export const useParticipationSettings = (programId: string) => useQuery(participationSettingsQueryOptions(programId));
