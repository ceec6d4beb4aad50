import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface ResetPasswordInput {
  token: string;
  newPassword: string;
}

/** Sets a new password with the emailed token; every existing session is signed out. */
export const resetPassword = (input: ResetPasswordInput) =>
  api<{ status: boolean }>('/api/auth/reset-password', { method: 'POST', body: input });

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
