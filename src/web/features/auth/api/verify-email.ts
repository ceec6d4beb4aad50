import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Confirms the address the emailed link was sent to. */
export const verifyEmail = (token: string) => api<{ status: boolean }>('/api/auth/verify-email', { query: { token } });

// A token works once: never refetch or retry it.
export function useVerifyEmail(token: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['verify-email', token],
    queryFn: async () => {
      const result = await verifyEmail(token);
      // "Who am I" was read before the address was confirmed; the app's notice must not linger.
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      return result;
    },
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}
