import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface RedeemInput {
  username: string;
  code: string;
  password: string;
}

export const redeemSetupCode = (input: RedeemInput) =>
  api<{ userId: string; username: string }>('/api/setup-codes/redeem', { method: 'POST', body: input });

/** Setting the password signs the person in, so who "me" is changes. */
export function useRedeemSetupCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redeemSetupCode,
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}
