import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { reminderPreferencesQueryOptions } from './get-reminder-preferences.ts';
import type { ReminderPreferences, ReminderPreferencesInput } from './types.ts';

export const updateReminderPreferences = (body: ReminderPreferencesInput) =>
  api<ReminderPreferences>('/api/me/reminder-preferences', { method: 'PUT', body });

/** Saves reminder preferences; the saved ones replace the cached ones. */
export function useUpdateReminderPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReminderPreferences,
    onSuccess: (saved) => queryClient.setQueryData(reminderPreferencesQueryOptions.queryKey, saved),
  });
}
