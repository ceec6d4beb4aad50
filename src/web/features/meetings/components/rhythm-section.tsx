import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useEndSeries } from '../api/end-series.ts';
import type { Series } from '../api/types.ts';
import { weekdayKeys } from '../lib/meeting-time.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';
import { useAnnounce } from './announcer.tsx';
import { ReasonForm } from './reason-form.tsx';
import { RhythmForm } from './rhythm-form.tsx';

/** "Every week on Tuesday at 16:00 (America/New_York), 45 minutes, until 30 Jun 2027." */
export function useRhythmText(): (series: Series) => string {
  const { t } = useTranslation();
  return (series) =>
    t('schedule.rhythm.summary', {
      every: t(`schedule.rhythm.interval.${series.intervalWeeks}`),
      weekday: t(`weekDays.${weekdayKeys[series.weekday]}`),
      time: series.localTime,
      zone: series.timeZone,
      minutes: series.durationMinutes,
      until: formatDate(series.untilLocalDate),
    });
}

/** The pair's rhythm: agreeing one, reading it, changing or stopping it. */
export function RhythmSection({ view }: { view: ScheduleView }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { schedule } = view;
  const series = schedule.series;
  const end = useEndSeries(schedule.matchId);
  const rhythmText = useRhythmText();
  const [mode, setMode] = useState<'view' | 'change' | 'stop'>('view');

  let body: ReactNode;
  if (!series) {
    body = view.canChange ? (
      <>
        <Text>{t('schedule.rhythm.noneIntro', { name: view.otherSide ? view.nameOf(view.otherSide) : '' })}</Text>
        <RhythmForm view={view} onDone={() => setMode('view')} />
      </>
    ) : (
      <Text>{t('schedule.rhythm.none')}</Text>
    );
  } else {
    body = (
      <Stack gap="sm">
        <Text fw={600}>{rhythmText(series)}</Text>
        {series.location && <Text>{t('schedule.where', { place: series.location })}</Text>}
        {series.videoUrl && (
          <Text>
            {t('schedule.videoLink')}{' '}
            <Anchor href={series.videoUrl} target="_blank" rel="noreferrer">
              {series.videoUrl}
            </Anchor>
          </Text>
        )}
        {view.canChange && mode === 'view' && (
          <Group>
            <Button variant="default" onClick={() => setMode('change')}>
              {t('schedule.rhythm.change')}
            </Button>
            <Button variant="default" color="red" onClick={() => setMode('stop')}>
              {t('schedule.rhythm.stop')}
            </Button>
          </Group>
        )}
        {mode === 'change' && (
          <>
            <Text size="sm">{t('schedule.rhythm.changeExplain')}</Text>
            <RhythmForm view={view} onDone={() => setMode('view')} />
          </>
        )}
        {mode === 'stop' && (
          <ReasonForm
            label={t('schedule.rhythm.stop')}
            reasonLabel={t('schedule.rhythm.stopReason')}
            submitLabel={t('schedule.rhythm.stopConfirm')}
            notice={<Text size="sm">{t('schedule.rhythm.stopExplain')}</Text>}
            danger
            isPending={end.isPending}
            error={<ErrorAlert error={end.error} />}
            onCancel={() => setMode('view')}
            onSubmit={(reason, onError) =>
              end.mutate(
                { seriesId: series.id, reason },
                {
                  onSuccess: () => {
                    announce(t('schedule.rhythm.stopped'));
                    setMode('view');
                  },
                  onError,
                },
              )
            }
          />
        )}
      </Stack>
    );
  }
  return <Section title={t('schedule.rhythm.title')}>{body}</Section>;
}
