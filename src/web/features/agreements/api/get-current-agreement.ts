import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Language } from '../../../lib/i18n.ts';
import type { Agreement } from './types.ts';

export const getCurrentAgreement = (programId: string, language: Language) =>
  api<Agreement>(`/api/programs/${programId}/agreement`, { query: { language } });

export const currentAgreementQueryOptions = (programId: string, language: Language) =>
  queryOptions({
    queryKey: ['programs', programId, 'agreement', language],
    queryFn: () => getCurrentAgreement(programId, language),
  });

/** The program's current confidentiality agreement in the reader's language, when published in it
 * (waits for the program to be known). */
export const useCurrentAgreement = (programId: string, language: Language) =>
  useQuery({ ...currentAgreementQueryOptions(programId, language), enabled: programId !== '' });
