import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { notificationsQueryKey } from './list-notifications.ts';

/** The given notices, or all of them when no ids are given. */
export const markNotificationsRead = (ids?: string[]) =>
  api<{ unread: number }>('/api/me/notifications/read', { method: 'POST', body: ids ? { ids } : {} });

/** Marks notices read; the bell and the list reload. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
