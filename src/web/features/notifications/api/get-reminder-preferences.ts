import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ReminderPreferences } from './types.ts';

export const getReminderPreferences = () => api<ReminderPreferences>('/api/me/reminder-preferences');

export const reminderPreferencesQueryOptions = queryOptions({
  queryKey: ['me', 'reminder-preferences'],
  queryFn: getReminderPreferences,
});

/** When Trellis reminds the signed-in person, how, and their quiet hours (the defaults until saved). */
export const useReminderPreferences = () => useQuery(reminderPreferencesQueryOptions);
