import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/**
 * Emails the signed-in person a link that confirms their address (better-auth requires it to be
 * their own). The link opens /verify-email; `callbackURL` only has to be one of ours.
 */
export const sendVerificationEmail = (email: string) =>
  api<{ status: boolean }>('/api/auth/send-verification-email', { method: 'POST', body: { email, callbackURL: '/' } });

export const useSendVerificationEmail = () => useMutation({ mutationFn: sendVerificationEmail });
