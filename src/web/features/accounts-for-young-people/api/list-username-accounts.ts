import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** A username account of the program, as GET /api/programs/:programId/username-accounts gives it. */
export interface UsernameAccountRow {
  userId: string;
  username: string;
  name: string;
  role: 'mentor' | 'mentee';
  hasPassword: boolean;
  /** The newest code's state (never the code: only its hash is kept), or null if none was issued. */
  latestSetupCode: { expiresAt: string; isUsed: boolean; isExpired: boolean } | null;
}

export const listUsernameAccounts = (programId: string) =>
  api<UsernameAccountRow[]>(`/api/programs/${programId}/username-accounts`);

export const usernameAccountsQueryOptions = (programId: string) =>
  queryOptions({
    queryKey: ['programs', programId, 'username-accounts'],
    queryFn: () => listUsernameAccounts(programId),
  });

/** The program's accounts without email, for its staff. */
export const useUsernameAccounts = (programId: string) => useQuery(usernameAccountsQueryOptions(programId));
