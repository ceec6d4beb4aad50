import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface VocabularyEntry {
  id: string;
  label: string;
  /** Archived labels stay on the people who hold them but are no longer offered. */
  archivedAt: string | null;
}

export const listProgramExperiences = (programId: string) =>
  api<VocabularyEntry[]>(`/api/programs/${programId}/experiences`);

/** The program's lived-experience vocabulary, archived labels last. */
export const useProgramExperiences = (programId: string) =>
  useQuery(
    queryOptions({
      queryKey: ['programs', programId, 'experiences'],
      queryFn: () => listProgramExperiences(programId),
    }),
  );
