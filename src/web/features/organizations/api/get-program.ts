import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Program } from './types.ts';

export const getProgram = (programId: string) => api<Program>(`/api/programs/${programId}`);

export const programQueryOptions = (programId: string) =>
  queryOptions({ queryKey: ['programs', programId], queryFn: () => getProgram(programId) });

// An empty id means "not known yet" (a page still loading the participant): ask nothing until then.
export const useProgram = (programId: string) =>
  useQuery({ ...programQueryOptions(programId), enabled: programId !== '' });

/** Several programs at once (a person's own programs on their home page). */
export const useProgramsById = (programIds: string[]) =>
  useQueries({ queries: programIds.map((id) => programQueryOptions(id)) });
