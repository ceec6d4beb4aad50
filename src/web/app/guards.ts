import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { setupStatusQueryOptions } from '../features/setup/api/get-setup-status.ts';
import { type Me, meQueryOptions, mustEnrolTwoFactor } from '../lib/session/get-me.ts';

// Route guards. fetchQuery (not ensureQueryData) so a stale "who am I" is asked again.

export async function redirectToSetupIfNeeded(queryClient: QueryClient): Promise<void> {
  const status = await queryClient.fetchQuery(setupStatusQueryOptions);
  if (status.needsSetup) throw redirect({ to: '/setup' });
}

/** Signed in, and (for staff) enrolled in two-factor; otherwise off to sign in or enrol. */
export async function requireReadyAccount(queryClient: QueryClient, here: string): Promise<Me> {
  await redirectToSetupIfNeeded(queryClient);
  const me = await queryClient.fetchQuery(meQueryOptions);
  if (!me) throw redirect({ to: '/sign-in', search: { next: here } });
  if (mustEnrolTwoFactor(me)) throw redirect({ to: '/two-factor' });
  return me;
}

export async function requireSignedIn(queryClient: QueryClient, here: string): Promise<Me> {
  const me = await queryClient.fetchQuery(meQueryOptions);
  if (!me) throw redirect({ to: '/sign-in', search: { next: here } });
  return me;
}
