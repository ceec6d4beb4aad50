import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { CalendarFeed } from './types.ts';

export const getCalendarFeed = () => api<CalendarFeed>('/api/me/calendar-feed');

export const calendarFeedQueryOptions = queryOptions({ queryKey: ['me', 'calendar-feed'], queryFn: getCalendarFeed });

/** Whether the signed-in person has a private calendar feed, and when a calendar last read it. */
export const useCalendarFeed = () => useQuery(calendarFeedQueryOptions);
