import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { calendarFeedQueryOptions } from './get-calendar-feed.ts';
import type { CalendarFeed } from './types.ts';

/** A new private feed address; any earlier one stops working. */
export const createCalendarFeed = () => api<CalendarFeed>('/api/me/calendar-feed', { method: 'POST' });

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCalendarFeed,
    // The address itself is kept only by the mutation's result: shown once, never cached.
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedQueryOptions.queryKey, { ...feed, url: null }),
  });
}
