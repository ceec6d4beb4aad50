import { Button, Checkbox, Group, Radio, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useRecordAttendance } from '../api/record-attendance.ts';
import type { AttendanceAnswer, Meeting } from '../api/types.ts';
import { attendanceAnswers } from '../api/types.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';
import { useAnnounce } from './announcer.tsx';

const feltHeardScale = [1, 2, 3, 4, 5] as const;

/**
 * "What happened?" after a meeting: we met, they didn't come, I couldn't come; the mentee rates
 * "I felt heard" and the mentor may say they shared an experience of their own.
 */
export function AttendanceForm({ meeting, view, label }: { meeting: Meeting; view: ScheduleView; label: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const record = useRecordAttendance(view.schedule.matchId);
  const side = view.schedule.mySide;
  const other = view.otherSide ? view.nameOf(view.otherSide) : '';
  const firstId = useId();
  const form = useForm({
    initialValues: { answer: '', feltHeard: '', sharedExperience: false },
    validate: { answer: (value) => (value ? null : t('schedule.attendance.chooseOne')) },
  });
  const met = form.getValues().answer === 'met';
  const submit = form.onSubmit(
    (values) =>
      record.mutate(
        {
          meetingId: meeting.id,
          answer: values.answer as AttendanceAnswer,
          ...(side === 'mentee' && values.answer === 'met' && values.feltHeard
            ? { feltHeard: Number(values.feltHeard) }
            : {}),
          ...(side === 'mentor' && values.answer === 'met' ? { sharedExperience: values.sharedExperience } : {}),
        },
        {
          onSuccess: (saved) =>
            announce(
              saved.status === 'scheduled'
                ? t('schedule.attendance.savedWaiting', { name: other })
                : saved.status === 'disputed'
                  ? t('schedule.attendance.savedDisputed')
                  : t('schedule.attendance.saved'),
            ),
        },
      ),
    () => document.getElementById(firstId)?.focus(),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="sm">
        <Radio.Group label={t('schedule.attendance.question')} required {...form.getInputProps('answer')}>
          <Stack gap="xs" mt="xs">
            {attendanceAnswers.map((answer, index) => (
              <Radio
                key={answer}
                id={index === 0 ? firstId : undefined}
                value={answer}
                label={t(`schedule.attendance.answers.${answer}`, { name: other })}
              />
            ))}
          </Stack>
        </Radio.Group>
        {met && side === 'mentee' && (
          <Radio.Group
            label={t('schedule.attendance.feltHeard')}
            description={t('schedule.attendance.feltHeardHint')}
            {...form.getInputProps('feltHeard')}
          >
            <Group gap="md" mt="xs">
              {feltHeardScale.map((value) => (
                <Radio key={value} value={String(value)} label={t(`schedule.attendance.scale.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
        {met && side === 'mentor' && (
          <Checkbox
            label={t('schedule.attendance.sharedExperience')}
            description={t('schedule.attendance.sharedExperienceHint')}
            {...form.getInputProps('sharedExperience', { type: 'checkbox' })}
          />
        )}
        <ErrorAlert error={record.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t('schedule.attendance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
