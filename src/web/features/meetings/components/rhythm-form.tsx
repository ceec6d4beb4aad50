import { Button, Chip, Group, NativeSelect, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { TimeZoneSelect } from '../../../components/time-zone-select.tsx';
import { focusFirstError } from '../../../lib/focus-first-error.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { useCreateSeries } from '../api/create-series.ts';
import { type TimeSuggestion, useTimeSuggestions } from '../api/get-time-suggestions.ts';
import { weekdayKeys } from '../lib/meeting-time.ts';
import { allowedIntervals, type ScheduleView } from '../lib/schedule-view.ts';
import { dateInZone } from '../lib/zone-dates.ts';
import { useAnnounce } from './announcer.tsx';

interface RhythmValues {
  weekday: string;
  localTime: string;
  timeZone: string;
  intervalWeeks: string;
  durationMinutes: number | string;
  firstDate: string;
  location: string;
  videoUrl: string;
}

const suggestionKey = (s: TimeSuggestion) => `${s.weekday}-${s.localTime}-${s.timeZone}`;

/**
 * Agreeing a rhythm: times that suit both (chips showing each person's local time), or any
 * weekday and time in a zone; how often, within the program's cadence; how long; from when; where.
 */
export function RhythmForm({ view, onDone }: { view: ScheduleView; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { schedule } = view;
  const create = useCreateSeries(schedule.matchId);
  const intervals = allowedIntervals(schedule.programCadence.frequency);
  const current = schedule.series;
  const form = useForm<RhythmValues>({
    initialValues: {
      weekday: String(current?.weekday ?? 2),
      localTime: current?.localTime ?? '16:00',
      timeZone: current?.timeZone ?? schedule.mentee.timeZone,
      intervalWeeks: String(current?.intervalWeeks ?? intervals.at(-1) ?? 1),
      durationMinutes: current?.durationMinutes ?? schedule.programCadence.minutes,
      firstDate: dateInZone(schedule.mentee.timeZone, 1),
      location: current?.location ?? '',
      videoUrl: current?.videoUrl ?? '',
    },
    validate: {
      localTime: (value) => (/^\d{2}:\d{2}$/.test(value) ? null : t('validation.required')),
      firstDate: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('validation.required')),
      durationMinutes: (value) => {
        const minutes = Number(value);
        return Number.isInteger(minutes) && minutes >= 15 && minutes <= 480 ? null : t('schedule.form.durationRange');
      },
      videoUrl: (value) =>
        !value.trim() || value.trim().startsWith('https://') ? null : t('schedule.form.videoUrlHttps'),
    },
  });
  const duration = Number(form.getValues().durationMinutes) || schedule.programCadence.minutes;
  const suggestions = useTimeSuggestions(schedule.matchId, duration, view.canChange);
  const values = form.getValues();
  const chosen = suggestions.data?.find(
    (s) => String(s.weekday) === values.weekday && s.localTime === values.localTime && s.timeZone === values.timeZone,
  );
  const weekdayName = (weekday: number) => t(`weekDays.${weekdayKeys[weekday]}`);
  const chipLabel = (s: TimeSuggestion) =>
    t('schedule.rhythm.suggestion', {
      mentee: schedule.mentee.name,
      menteeTime: `${weekdayName(s.mentee.weekday)} ${s.mentee.time}`,
      mentor: schedule.mentor.name,
      mentorTime: `${weekdayName(s.mentor.weekday)} ${s.mentor.time}`,
    });

  const submit = form.onSubmit(
    (v) =>
      create.mutate(
        {
          weekday: Number(v.weekday),
          localTime: v.localTime,
          timeZone: v.timeZone,
          intervalWeeks: Number(v.intervalWeeks) as 1 | 2 | 4,
          durationMinutes: Number(v.durationMinutes),
          firstDate: v.firstDate,
          location: v.location.trim() || null,
          videoUrl: v.videoUrl.trim() || null,
        },
        {
          onSuccess: (created) => {
            announce(t('schedule.rhythm.agreed', { count: created.meetings.length }));
            onDone();
          },
          onError: (error) => showServerFieldErrors(form, error),
        },
      ),
    (errors) => focusFirstError(form, errors),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('schedule.rhythm.formLabel')}>
      <Stack gap="sm">
        <Stack gap={4}>
          <Text fw={600} id="rhythm-suggestions-label">
            {t('schedule.rhythm.suggestionsTitle')}
          </Text>
          {suggestions.isPending && view.canChange ? (
            <Loading />
          ) : suggestions.data && suggestions.data.length > 0 ? (
            <Chip.Group
              value={chosen ? suggestionKey(chosen) : ''}
              onChange={(key) => {
                const s = suggestions.data.find((item) => suggestionKey(item) === key);
                if (!s) return;
                form.setValues({ weekday: String(s.weekday), localTime: s.localTime, timeZone: s.timeZone });
              }}
            >
              <Group gap="xs" role="radiogroup" aria-labelledby="rhythm-suggestions-label">
                {suggestions.data.slice(0, 8).map((s) => (
                  <Chip key={suggestionKey(s)} value={suggestionKey(s)} type="radio">
                    {chipLabel(s)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          ) : (
            <Text size="sm">{t('schedule.rhythm.noSuggestions')}</Text>
          )}
        </Stack>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('schedule.rhythm.weekday')}
            data={weekdayKeys.map((key, index) => ({ value: String(index), label: t(`weekDays.${key}`) }))}
            {...form.getInputProps('weekday')}
          />
          <TimeInput label={t('schedule.form.time')} required {...form.getInputProps('localTime')} />
        </Group>
        <TimeZoneSelect
          required
          description={t('schedule.rhythm.zoneHint', { name: schedule.mentee.name })}
          {...form.getInputProps('timeZone')}
        />
        <Radio.Group label={t('schedule.rhythm.every')} required {...form.getInputProps('intervalWeeks')}>
          <Group mt="xs">
            {intervals.map((weeks) => (
              <Radio key={weeks} value={String(weeks)} label={t(`schedule.rhythm.interval.${weeks}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group grow align="flex-start">
          <NumberInput
            label={t('schedule.form.duration')}
            min={15}
            max={480}
            step={15}
            required
            {...form.getInputProps('durationMinutes')}
          />
          <TextInput type="date" label={t('schedule.rhythm.firstDate')} required {...form.getInputProps('firstDate')} />
        </Group>
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
        <ErrorAlert error={create.error} />
        <Group justify="flex-end">
          {current && (
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={create.isPending}>
            {t(current ? 'schedule.rhythm.saveChange' : 'schedule.rhythm.agree')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
