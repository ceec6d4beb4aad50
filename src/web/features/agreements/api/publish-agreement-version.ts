import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Language } from '../../../lib/i18n.ts';

export interface PublishedAgreement {
  programId: string;
  version: number;
  languages: string[];
  publishedAt: string;
}

/** The text in each language this version is published in (at least one). */
export type AgreementTexts = Partial<Record<Language, string>>;

export const publishAgreementVersion = (programId: string, texts: AgreementTexts) =>
  api<PublishedAgreement>(`/api/programs/${programId}/agreement/versions`, { method: 'POST', body: { texts } });

/**
 * Program staff publish a new version. Every participant's acknowledgement is then of an older
 * version, so their agreement status (under `participants`) is stale too.
 */
export function usePublishAgreementVersion(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (texts: AgreementTexts) => publishAgreementVersion(programId, texts),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['programs', programId, 'agreement'] });
      void queryClient.invalidateQueries({ queryKey: ['participants'] });
    },
  });
}
