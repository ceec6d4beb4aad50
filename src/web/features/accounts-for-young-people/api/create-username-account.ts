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
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['programs', input.programId, 'participants'] }),
        queryClient.invalidateQueries({ queryKey: ['programs', input.programId, 'username-accounts'] }),
      ]),
  });
}

/** A new code voids the older unused one, so the list's code column changes too. */
export function useReissueSetupCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reissueSetupCode,
    onSuccess: async (_code, input) =>
      queryClient.invalidateQueries({ queryKey: ['programs', input.programId, 'username-accounts'] }),
  });
}
