import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';

export const signOut = () => api<{ success: boolean }>('/api/auth/sign-out', { method: 'POST' });

/** Signs out and forgets everything cached for the person, so the next one starts clean. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => queryClient.clear(),
  });
}
