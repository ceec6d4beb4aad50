import { BarChart } from '@mantine/charts';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useMatchConsistency } from '../api/get-match-consistency.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="sm">{label}</Text>
    </Stack>
  );
}

/** How the pair follows through: meetings held of those expected, commitments kept on time. */
export function ConsistencyFigures({ view }: { view: ScheduleView }) {
  const { t } = useTranslation();
  const figures = useMatchConsistency(view.schedule.matchId);
  const names = { mentor: view.nameOf('mentor'), mentee: view.nameOf('mentee') };
  return (
    <Section title={t(view.schedule.mySide ? 'schedule.figures.title' : 'schedule.figures.titleStaff')}>
      <QueryContent query={figures}>
        {(f) => {
          if (!f) return <Text>{t('schedule.figures.notStarted')}</Text>;
          // Early in a match nothing is expected or due yet: say so rather than "1 of 0".
          const heldText =
            f.expected === 0
              ? t('schedule.figures.heldNoneExpected', { held: f.held })
              : t('schedule.figures.held', { held: f.held, expected: f.expected });
          const keptText =
            f.commitments.due === 0
              ? t('schedule.figures.noneDue')
              : t('schedule.figures.kept', { kept: f.commitments.keptOnTime, due: f.commitments.due });
          const data = [
            { what: t('schedule.figures.meetings'), expected: f.expected, done: f.held },
            { what: t('schedule.figures.commitments'), expected: f.commitments.due, done: f.commitments.keptOnTime },
          ];
          return (
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Figure label={t('schedule.figures.heldLabel')} value={heldText} />
                <Figure label={t('schedule.figures.keptLabel')} value={keptText} />
                <Figure
                  label={t('schedule.figures.lateLabel')}
                  value={t('schedule.figures.perSide', {
                    ...names,
                    mentorCount: f.lateChanges.mentor,
                    menteeCount: f.lateChanges.mentee,
                  })}
                />
                <Figure
                  label={t('schedule.figures.noShowLabel')}
                  value={t('schedule.figures.perSide', {
                    ...names,
                    mentorCount: f.noShows.mentor,
                    menteeCount: f.noShows.mentee,
                  })}
                />
                <Figure
                  label={t('schedule.figures.awaitingLabel')}
                  value={String(f.awaitingConfirmation + f.disputed)}
                />
                <Figure
                  label={t('schedule.figures.responseLabel')}
                  value={
                    f.mentorResponses.medianHours === null
                      ? '—'
                      : t('schedule.figures.hours', { count: Math.round(f.mentorResponses.medianHours) })
                  }
                />
              </SimpleGrid>
              {(f.expected > 0 || f.commitments.due > 0) && (
                <BarChart
                  h={160}
                  data={data}
                  dataKey="what"
                  orientation="vertical"
                  yAxisProps={{ width: 120 }}
                  xAxisProps={{ allowDecimals: false }}
                  withLegend
                  series={[
                    { name: 'expected', label: t('schedule.figures.expected'), color: 'gray.5' },
                    { name: 'done', label: t('schedule.figures.done'), color: 'trellis.7' },
                  ]}
                  role="img"
                  aria-label={`${heldText}. ${keptText}.`}
                />
              )}
            </Stack>
          );
        }}
      </QueryContent>
    </Section>
  );
}
