import { createRouter } from '@tanstack/react-router';
import type { ApiError } from '../lib/api.ts';
import { meQueryOptions } from '../lib/session/get-me.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { createQueryClient } from './query-client.ts';
import { appLayoutId, routeTree } from './route-tree.tsx';

/** Answers that mean "not like this": enrol in two-factor, or sign in again. */
function onApiError(error: ApiError): void {
  const isInApp = router.state.matches.some((match) => match.routeId === appLayoutId);
  if (error.code === 'TWO_FACTOR_REQUIRED') {
    void queryClient.invalidateQueries({ queryKey: meQueryOptions.queryKey });
    void router.navigate({ to: '/two-factor' });
  } else if (error.code === 'UNAUTHENTICATED' && isInApp) {
    queryClient.setQueryData(meQueryOptions.queryKey, null);
    void router.navigate({ to: '/sign-in', search: { next: router.state.location.href } });
  }
}

export const queryClient = createQueryClient(onApiError);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
  defaultNotFoundComponent: NotFoundPage,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
