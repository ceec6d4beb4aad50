import { Button, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TimeZoneSelect } from '../../../components/time-zone-select.tsx';
import { focusFirstError } from '../../../lib/focus-first-error.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';

export interface MeetingTimeValues {
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: number | string;
  location: string;
  videoUrl: string;
  reason: string;
}

interface MeetingTimeFormProps {
  /** The form's accessible name. */
  label: string;
  initial: Omit<MeetingTimeValues, 'reason'>;
  reason: 'required' | 'optional' | 'none';
  withPlace: boolean;
  submitLabel: string;
  isPending: boolean;
  /** Shown above the buttons, e.g. that the change counts as late. */
  notice?: ReactNode;
  error: ReactNode;
  /** Returns the server's failure, so its field errors can be shown beside the fields. */
  onSubmit: (values: MeetingTimeValues, onError: (error: unknown) => void) => void;
  onCancel?: () => void;
}

const rename = { localStart: 'date', reason: 'reason', location: 'location', videoUrl: 'videoUrl' };

/** A date and local time in a zone, how long, where, and (when changing plans) why. */
export function MeetingTimeForm(props: MeetingTimeFormProps) {
  const { t } = useTranslation();
  const form = useForm<MeetingTimeValues>({
    initialValues: { ...props.initial, reason: '' },
    validate: {
      date: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('validation.required')),
      time: (value) => (/^\d{2}:\d{2}$/.test(value) ? null : t('validation.required')),
      durationMinutes: (value) => {
        const minutes = Number(value);
        return Number.isInteger(minutes) && minutes >= 15 && minutes <= 480 ? null : t('schedule.form.durationRange');
      },
      videoUrl: (value) =>
        !value.trim() || value.trim().startsWith('https://') ? null : t('schedule.form.videoUrlHttps'),
      reason: (value) => (props.reason === 'required' && !value.trim() ? t('schedule.form.reasonNeeded') : null),
    },
  });
  const submit = form.onSubmit(
    (values) => props.onSubmit(values, (error) => showServerFieldErrors(form, error, rename)),
    (errors) => focusFirstError(form, errors),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={props.label}>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput type="date" label={t('schedule.form.date')} required {...form.getInputProps('date')} />
          <TimeInput label={t('schedule.form.time')} required {...form.getInputProps('time')} />
        </Group>
        <Group grow align="flex-start">
          <TimeZoneSelect required {...form.getInputProps('timeZone')} />
          <NumberInput
            label={t('schedule.form.duration')}
            min={15}
            max={480}
            step={15}
            required
            {...form.getInputProps('durationMinutes')}
          />
        </Group>
        {props.withPlace && (
          <Group grow align="flex-start">
            <TextInput label={t('schedule.form.location')} maxLength={200} {...form.getInputProps('location')} />
            <TextInput
              type="url"
              label={t('schedule.form.videoUrl')}
              description={t('schedule.form.videoUrlHint')}
              maxLength={500}
              {...form.getInputProps('videoUrl')}
            />
          </Group>
        )}
        {props.reason !== 'none' && (
          <Textarea
            label={t(props.reason === 'required' ? 'schedule.form.reason' : 'schedule.form.reasonOptional')}
            description={t('schedule.form.reasonHint')}
            required={props.reason === 'required'}
            maxLength={500}
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
        )}
        {props.notice}
        {props.error}
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={props.isPending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The request's fields from the form's values. */
export function meetingTimeInput(values: MeetingTimeValues) {
  return {
    localStart: `${values.date}T${values.time}`,
    timeZone: values.timeZone,
    durationMinutes: Number(values.durationMinutes),
    location: values.location.trim() || null,
    videoUrl: values.videoUrl.trim() || null,
  };
}
