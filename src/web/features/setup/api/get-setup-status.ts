import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface SetupStatus {
  needsSetup: boolean;
}

export const getSetupStatus = () => api<SetupStatus>('/api/setup');

export const setupStatusQueryOptions = queryOptions({
  queryKey: ['setup'],
  queryFn: getSetupStatus,
  staleTime: 60_000,
});

export const useSetupStatus = () => useQuery(setupStatusQueryOptions);
