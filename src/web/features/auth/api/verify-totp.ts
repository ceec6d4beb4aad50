import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/**
 * Checks a code from the authenticator app: finishes a sign-in that asked for one, or (during
 * enrolment) proves the app works and turns two-factor on.
 */
export const verifyTotp = (code: string) =>
  api<{ token: string; user: { id: string } }>('/api/auth/two-factor/verify-totp', {
    method: 'POST',
    body: { code: code.trim(), trustDevice: false },
  });

export function useVerifyTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}
