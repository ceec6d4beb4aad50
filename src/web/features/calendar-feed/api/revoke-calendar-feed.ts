import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { calendarFeedQueryOptions } from './get-calendar-feed.ts';

export const revokeCalendarFeed = () => api<null>('/api/me/calendar-feed', { method: 'DELETE' });

/** Turns the feed off: calendars subscribed to it stop updating. */
export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () =>
      queryClient.setQueryData(calendarFeedQueryOptions.queryKey, {
        url: null,
        createdAt: null,
        lastFetchedAt: null,
      }),
  });
}
