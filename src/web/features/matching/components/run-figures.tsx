import { BarChart } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { Figures } from '../api/types.ts';

const percentOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/**
 * A run's cohort figures (matched of mentees, mean score, share of pairs sharing a lived
 * experience) as a table, and as a chart beside the previous run's when there is one. All three
 * are on a 0–100 scale so the bars compare.
 */
export function RunFigures({ figures, previous }: { figures: Figures; previous: Figures | null }) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 1 });
  const share = (f: Figures) => Math.round(f.sharingExperience * 100);
  const rows = [
    {
      label: t('matching.figures.matched'),
      now: t('matching.figures.matchedValue', {
        matched: figures.matched,
        mentees: figures.mentees,
        percent: percentOf(figures.matched, figures.mentees),
      }),
      before: previous
        ? t('matching.figures.matchedValue', {
            matched: previous.matched,
            mentees: previous.mentees,
            percent: percentOf(previous.matched, previous.mentees),
          })
        : null,
    },
    {
      label: t('matching.figures.meanScore'),
      now: number.format(figures.meanScore),
      before: previous ? number.format(previous.meanScore) : null,
    },
    {
      label: t('matching.figures.sharing'),
      now: `${share(figures)} %`,
      before: previous ? `${share(previous)} %` : null,
    },
  ];
  const chartData = [
    {
      figure: t('matching.figures.matchedShort'),
      now: percentOf(figures.matched, figures.mentees),
      before: previous ? percentOf(previous.matched, previous.mentees) : 0,
    },
    { figure: t('matching.figures.meanScoreShort'), now: figures.meanScore, before: previous?.meanScore ?? 0 },
    { figure: t('matching.figures.sharingShort'), now: share(figures), before: previous ? share(previous) : 0 },
  ];
  const summary = rows
    .map((row) =>
      row.before === null
        ? `${row.label}: ${row.now}`
        : t('matching.figures.summaryRow', { label: row.label, now: row.now, before: row.before }),
    )
    .join('; ');
  return (
    <Stack gap="sm">
      <Table withTableBorder maw={640} captionSide="top">
        <Table.Caption>{t('matching.figures.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('matching.figures.figure')}</Table.Th>
            <Table.Th scope="col">{t('matching.figures.thisRun')}</Table.Th>
            {previous && <Table.Th scope="col">{t('matching.figures.previousRun')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row">{row.label}</Table.Th>
              <Table.Td>{row.now}</Table.Td>
              {previous && <Table.Td>{row.before}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <BarChart
        h={220}
        maw={640}
        data={chartData}
        dataKey="figure"
        withLegend
        yAxisProps={{ domain: [0, 100] }}
        series={[
          { name: 'now', label: t('matching.figures.thisRun'), color: 'trellis.7' },
          ...(previous ? [{ name: 'before', label: t('matching.figures.previousRun'), color: 'gray.6' }] : []),
        ]}
        role="img"
        aria-label={t('matching.figures.chartLabel', { summary })}
      />
      <Text size="sm" c="dimmed">
        {t('matching.figures.chartNote')}
      </Text>
    </Stack>
  );
}
