import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export interface UsernameAccountInput {
  programId: string;
  username: string;
  name: string;
  role: 'mentor' | 'mentee';
  locale: 'en' | 'es';
}

export interface SetupCode {
  code: string;
  expiresAt: string;
}

export interface UsernameAccount {
  userId: string;
  username: string;
  name: string;
  role: 'mentor' | 'mentee';
  programId: string;
  setupCode: SetupCode;
}

export const createUsernameAccount = ({ programId, ...body }: UsernameAccountInput) =>
  api<UsernameAccount>(`/api/programs/${programId}/username-accounts`, { method: 'POST', body });

export const reissueSetupCode = ({ programId, userId }: { programId: string; userId: string }) =>
  api<SetupCode>(`/api/programs/${programId}/username-accounts/${userId}/setup-codes`, { method: 'POST', body: {} });

export function useCreateUsernameAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUsernameAccount,
    onSuccess: async (_account, input) =>
      queryClient.invalidateQueries({ queryKey: ['programs', input.programId, 'participants'] }),
  });
}

export function useReissueSetupCode() {
  return useMutation({ mutationFn: reissueSetupCode });
}
