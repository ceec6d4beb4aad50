import { Button, Checkbox, Group, Stack, Switch, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { TimeZoneSelect } from '../../../components/time-zone-select.tsx';
import { focusFirstError } from '../../../lib/focus-first-error.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { i18n } from '../../../lib/i18n.ts';
import { notifyDone } from '../../../lib/notify.ts';
import type { ReminderPreferences } from '../api/types.ts';
import { useUpdateReminderPreferences } from '../api/update-reminder-preferences.ts';

/** The reminder times offered, in minutes before a meeting; the server takes up to four. */
const offeredOffsets = [15, 60, 180, 1440, 2880];
const MAX_REMINDERS = 4;

interface Values {
  meetingOffsets: string[];
  byEmail: boolean;
  hasQuietHours: boolean;
  quietStart: string;
  quietEnd: string;
  timeZone: string;
}

/** "15 minutes", "3 hours", "2 days" in the reader's language. */
function useOffsetLabel() {
  const { t } = useTranslation();
  return (minutes: number) => {
    if (minutes % 1440 === 0) return t('reminders.days', { count: minutes / 1440 });
    if (minutes % 60 === 0) return t('reminders.hours', { count: minutes / 60 });
    return t('reminders.minutes', { count: minutes });
  };
}

/** When Trellis reminds the person before meetings, whether by email too, and when to keep quiet. */
export function ReminderPreferencesForm({ preferences }: { preferences: ReminderPreferences }) {
  const { t } = useTranslation();
  const update = useUpdateReminderPreferences();
  const offsetLabel = useOffsetLabel();
  // A time saved some other way (not offered here) still shows, so saving does not drop it silently.
  const offsets = [...new Set([...offeredOffsets, ...preferences.meetingOffsets])].sort((a, b) => a - b);
  const form = useForm<Values>({
    initialValues: {
      meetingOffsets: preferences.meetingOffsets.map(String),
      byEmail: preferences.byEmail,
      hasQuietHours: preferences.quietStart !== null,
      quietStart: preferences.quietStart ?? '21:00',
      quietEnd: preferences.quietEnd ?? '08:00',
      timeZone: preferences.timeZone,
    },
    validate: {
      meetingOffsets: (value) =>
        value.length > MAX_REMINDERS ? i18n.t('reminders.tooMany', { count: MAX_REMINDERS }) : null,
      quietStart: (value, values) => (values.hasQuietHours && !value ? i18n.t('reminders.quietNeeded') : null),
      quietEnd: (value, values) => {
        if (!values.hasQuietHours) return null;
        if (!value) return i18n.t('reminders.quietNeeded');
        return value === values.quietStart ? i18n.t('reminders.quietSame') : null;
      },
    },
  });
  const submit = form.onSubmit(
    (values) =>
      update.mutate(
        {
          meetingOffsets: values.meetingOffsets.map(Number).sort((a, b) => a - b),
          byEmail: values.byEmail,
          quietStart: values.hasQuietHours ? values.quietStart.slice(0, 5) : null,
          quietEnd: values.hasQuietHours ? values.quietEnd.slice(0, 5) : null,
          timeZone: values.timeZone,
        },
        {
          onSuccess: () => {
            form.resetDirty();
            notifyDone(i18n.t('reminders.saved'));
          },
          onError: (error) => showServerFieldErrors(form, error),
        },
      ),
    (errors) => focusFirstError(form, errors),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={520}>
        <ErrorAlert error={update.error} />
        {!preferences.saved && <Text size="sm">{t('reminders.defaults')}</Text>}
        <Checkbox.Group
          label={t('reminders.offsets')}
          description={t('reminders.offsetsHint', { count: MAX_REMINDERS })}
          {...form.getInputProps('meetingOffsets')}
        >
          <Stack gap="xs" mt="xs">
            {offsets.map((minutes) => (
              <Checkbox
                key={minutes}
                value={String(minutes)}
                label={t('reminders.before', { time: offsetLabel(minutes) })}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Switch
          label={t('reminders.byEmail')}
          description={t('reminders.byEmailHint')}
          {...form.getInputProps('byEmail', { type: 'checkbox' })}
        />
        <Switch
          label={t('reminders.quietHours')}
          description={t('reminders.quietHoursHint')}
          {...form.getInputProps('hasQuietHours', { type: 'checkbox' })}
        />
        {form.values.hasQuietHours && (
          <Group grow align="start">
            <TimeInput label={t('reminders.quietFrom')} required {...form.getInputProps('quietStart')} />
            <TimeInput label={t('reminders.quietTo')} required {...form.getInputProps('quietEnd')} />
          </Group>
        )}
        <TimeZoneSelect {...form.getInputProps('timeZone')} description={t('reminders.timeZoneHint')} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('reminders.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
