import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const withdrawGuardianConsent = (guardianshipId: string) =>
  api<{ participantId: string }>(`/api/guardianships/${encodeURIComponent(guardianshipId)}/withdraw`, {
    method: 'POST',
    body: {},
  });

export function useWithdrawGuardianConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawGuardianConsent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-children'] }),
  });
}
