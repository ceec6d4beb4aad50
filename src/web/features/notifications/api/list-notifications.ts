import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { NoticeList } from './types.ts';

export const listNotifications = () => api<NoticeList>('/api/me/notifications');

export const notificationsQueryKey = ['me', 'notifications'] as const;

export const notificationsQueryOptions = queryOptions({
  queryKey: notificationsQueryKey,
  queryFn: listNotifications,
  // No push for notices: the bell asks again every minute and whenever the window regains focus.
  refetchInterval: 60_000,
  refetchOnWindowFocus: 'always',
});

/** The signed-in person's latest notices and how many are unread. */
export const useNotifications = () => useQuery(notificationsQueryOptions);
