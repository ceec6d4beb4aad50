import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ScreeningList } from './types.ts';

export const listScreeningChecks = (participantId: string) =>
  api<ScreeningList>(`/api/participants/${participantId}/screening-checks`);

export const screeningChecksQueryOptions = (participantId: string) =>
  queryOptions({
    queryKey: ['participants', participantId, 'screening'],
    queryFn: () => listScreeningChecks(participantId),
  });

/** A mentor's screening checks with expiry flags (program staff). */
export const useScreeningChecks = (participantId: string) => useQuery(screeningChecksQueryOptions(participantId));
