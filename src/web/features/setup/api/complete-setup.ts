import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Language } from '../../../lib/i18n.ts';
import { setupStatusQueryOptions } from './get-setup-status.ts';

export interface CompleteSetupInput {
  token: string;
  organization: { name: string; kind: 'school' | 'community'; timeZone: string };
  admin: { name: string; email: string; password: string; locale: Language };
}

export const completeSetup = (input: CompleteSetupInput) =>
  api<{ organizationId: string }>('/api/setup', { method: 'POST', body: input });

/** On success the server has signed the new admin in, so everything cached about "who" is stale. */
export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeSetup,
    onSuccess: async () => {
      queryClient.setQueryData(setupStatusQueryOptions.queryKey, { needsSetup: false });
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
