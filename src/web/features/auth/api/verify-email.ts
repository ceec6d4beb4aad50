import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Confirms the address the emailed link was sent to. */
export const verifyEmail = (token: string) => api<{ status: boolean }>('/api/auth/verify-email', { query: { token } });

// A token works once: never refetch or retry it.
export const useVerifyEmail = (token: string) =>
  useQuery({
    queryKey: ['verify-email', token],
    queryFn: () => verifyEmail(token),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
