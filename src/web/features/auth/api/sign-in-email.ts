import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface SignInInput {
  email: string;
  password: string;
}

/** Either signed in, or (with two-factor on) asked for a code next. */
export type SignInResult = { twoFactorRedirect: true } | { twoFactorRedirect?: undefined; user: { id: string } };

export const signInEmail = (input: SignInInput) =>
  api<SignInResult>('/api/auth/sign-in/email', { method: 'POST', body: { ...input, rememberMe: true } });

export function useSignInEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInEmail,
    onSuccess: async (result) => {
      if (!result.twoFactorRedirect) await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
