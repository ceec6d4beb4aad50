import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/**
 * Changes the password and signs out every other device: whoever knew the old password loses
 * their session too. This browser gets a fresh session cookie in the answer.
 */
export const changePassword = (input: ChangePasswordInput) =>
  api<{ token: string | null }>('/api/auth/change-password', {
    method: 'POST',
    body: { ...input, revokeOtherSessions: true },
  });

export const useChangePassword = () => useMutation({ mutationFn: changePassword });
