import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MyParticipation } from './types.ts';

export const listMyParticipations = () => api<MyParticipation[]>('/api/me/participations');

export const myParticipationsQueryOptions = queryOptions({
  queryKey: ['me', 'participations'],
  queryFn: listMyParticipations,
});

/** The signed-in person's own participations, one per program they applied to or were enrolled in. */
export const useMyParticipations = () => useQuery(myParticipationsQueryOptions);
