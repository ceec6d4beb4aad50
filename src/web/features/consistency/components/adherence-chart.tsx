import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchConsistency } from '../api/types.ts';
import { sortConsistency } from '../lib/sort-consistency.ts';

/**
 * Adherence per match (meetings held of those expected), lowest first. The chart is one image to
 * assistive technology, named by the summary beside it; the table below holds every figure.
 */
export function AdherenceChart({ rows, summary }: { rows: MatchConsistency[]; summary: string }) {
  const { t } = useTranslation();
  const measured = sortConsistency(rows, 'adherence', 'ascending').filter((row) => row.figures.adherence !== null);
  if (measured.length === 0) return null;
  const data = measured.map((row) => ({
    pair: t('consistency.pair', { mentee: row.mentee.name, mentor: row.mentor.name }),
    adherence: Math.round((row.figures.adherence ?? 0) * 100),
  }));
  return (
    <Stack gap="xs">
      <BarChart
        h={Math.max(160, data.length * 40 + 60)}
        data={data}
        dataKey="pair"
        orientation="vertical"
        yAxisProps={{ width: 200 }}
        xAxisProps={{ domain: [0, 100] }}
        unit="%"
        series={[{ name: 'adherence', label: t('consistency.columns.adherence'), color: 'trellis.7' }]}
        role="img"
        aria-label={t('consistency.chartLabel', { summary })}
      />
      <Text size="sm" c="dimmed">
        {t('consistency.chartNote')}
      </Text>
    </Stack>
  );
}
