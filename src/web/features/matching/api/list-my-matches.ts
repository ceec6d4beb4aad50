import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { MyMatch } from './types.ts';

export const listMyMatches = () => api<MyMatch[]>('/api/me/matches');

export const myMatchesQueryOptions = queryOptions({ queryKey: ['me', 'matches'], queryFn: listMyMatches });

/** The signed-in person's matches as mentor or mentee, in every program, newest first. */
export const useMyMatches = () => useQuery(myMatchesQueryOptions);
