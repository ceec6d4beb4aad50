import { Button, Group, Radio, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useResolveMeeting } from '../api/resolve-meeting.ts';
import type { Meeting } from '../api/types.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';
import { useAnnounce } from './announcer.tsx';

/** A coordinator settles a disputed meeting: held, a no-show by whom, or cancelled. */
export function ResolveForm({ meeting, view, label }: { meeting: Meeting; view: ScheduleView; label: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const resolve = useResolveMeeting(view.schedule.matchId);
  const firstId = useId();
  const form = useForm({
    initialValues: { outcome: '', noShowBy: '' },
    validate: {
      outcome: (value) => (value ? null : t('schedule.attendance.chooseOne')),
      noShowBy: (value, values) => (values.outcome === 'no-show' && !value ? t('schedule.attendance.chooseOne') : null),
    },
  });
  const values = form.getValues();
  const submit = form.onSubmit(
    (v) =>
      resolve.mutate(
        {
          meetingId: meeting.id,
          outcome: v.outcome as 'held' | 'no-show' | 'cancelled',
          ...(v.outcome === 'no-show' ? { noShowBy: v.noShowBy as 'mentor' | 'mentee' | 'both' } : {}),
        },
        { onSuccess: () => announce(t('schedule.resolve.done')) },
      ),
    () => document.getElementById(firstId)?.focus(),
  );
  const names = { mentor: view.nameOf('mentor'), mentee: view.nameOf('mentee') };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="sm">
        <Radio.Group label={t('schedule.resolve.outcome')} required {...form.getInputProps('outcome')}>
          <Stack gap="xs" mt="xs">
            <Radio id={firstId} value="held" label={t('schedule.resolve.held')} />
            <Radio value="no-show" label={t('schedule.resolve.noShow')} />
            <Radio value="cancelled" label={t('schedule.resolve.cancelled')} />
          </Stack>
        </Radio.Group>
        {values.outcome === 'no-show' && (
          <Radio.Group label={t('schedule.resolve.noShowBy')} required {...form.getInputProps('noShowBy')}>
            <Stack gap="xs" mt="xs">
              <Radio value="mentor" label={names.mentor} />
              <Radio value="mentee" label={names.mentee} />
              <Radio value="both" label={t('schedule.resolve.both')} />
            </Stack>
          </Radio.Group>
        )}
        <ErrorAlert error={resolve.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={resolve.isPending}>
            {t('schedule.resolve.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
