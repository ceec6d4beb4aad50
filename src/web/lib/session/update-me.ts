import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { Language } from '../i18n.ts';
import { type Me, meQueryOptions } from './get-me.ts';

export interface UpdateMeInput {
  name?: string;
  locale?: Language;
}

export const updateMe = (input: UpdateMeInput) => api<Me>('/api/me', { method: 'PATCH', body: input });

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => queryClient.setQueryData(meQueryOptions.queryKey, me),
  });
}
