import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Language } from '../../../lib/i18n.ts';

export interface AcceptInvitationInput {
  token: string;
  /** For a new account; leave out when the address already has one (then sign in first). */
  account?: { name: string; password: string; locale: Language };
}

export interface AcceptInvitationResult {
  organizationId: string;
  isNewAccount: boolean;
  signedIn: boolean;
}

export const acceptInvitation = ({ token, account }: AcceptInvitationInput) =>
  api<AcceptInvitationResult>(`/api/invitations/${encodeURIComponent(token)}/accept`, {
    method: 'POST',
    body: account ? { account } : {},
  });

/** Accepting signs a new account in, or adds a role to the signed-in one: either way "me" changed. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
