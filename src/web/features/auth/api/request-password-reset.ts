import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Emails a reset link if the address has an account; the answer is the same either way. */
export const requestPasswordReset = (email: string) =>
  api<{ status: boolean }>('/api/auth/request-password-reset', { method: 'POST', body: { email: email.trim() } });

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
