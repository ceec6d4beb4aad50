import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const signInUsername = (input: { username: string; password: string }) =>
  api<{ user: { id: string } }>('/api/auth/sign-in/username', { method: 'POST', body: { ...input, rememberMe: true } });

export function useSignInUsername() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInUsername,
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}
