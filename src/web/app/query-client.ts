import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api.ts';

/**
 * The one QueryClient. Every failure passes `onApiError` first, so "set up two-factor" and
 * "your session ended" are handled once for the whole app. Client errors are answers and are
 * not retried; network and server errors are, twice.
 */
export function createQueryClient(onApiError: (error: ApiError) => void): QueryClient {
  const notify = (error: unknown) => {
    if (error instanceof ApiError) onApiError(error);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: notify }),
    mutationCache: new MutationCache({ onError: notify }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failures, error) =>
          failures < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
    },
  });
}
