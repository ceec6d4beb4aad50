import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Language } from '../../../lib/i18n.ts';

export interface GiveGuardianConsentInput {
  token: string;
  language: Language;
  /** For a new guardian account; left out when the guardian is signed in with theirs. */
  name?: string;
  password?: string;
}

export const giveGuardianConsent = ({ token, ...body }: GiveGuardianConsentInput) =>
  api<{ participantId: string; isNewAccount: boolean; signedIn: boolean }>(
    `/api/guardian-links/${encodeURIComponent(token)}/consent`,
    { method: 'POST', body },
  );

/** Consenting may create and sign in an account: "me" and the children list changed. */
export function useGiveGuardianConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: giveGuardianConsent,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      await queryClient.invalidateQueries({ queryKey: ['my-children'] });
    },
  });
}
