import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Finishes a sign-in with one of the recovery codes instead of the app; each code works once. */
export const verifyBackupCode = (code: string) =>
  api<{ token: string; user: { id: string } }>('/api/auth/two-factor/verify-backup-code', {
    method: 'POST',
    body: { code: code.trim(), trustDevice: false },
  });

export function useVerifyBackupCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyBackupCode,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}
