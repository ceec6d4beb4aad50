import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchConsistency } from '../api/types.ts';
import { useFigureText } from './use-figure-text.ts';

/** The program's figures in a few sentences: the gist of the chart and the table, in words. */
export function useConsistencySummary(rows: MatchConsistency[]) {
  const { t } = useTranslation();
  const { percent } = useFigureText();
  const sum = (pick: (row: MatchConsistency) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const expected = sum((r) => r.figures.expected);
  const held = sum((r) => r.figures.held);
  const below = rows.filter((r) => r.figures.adherence !== null && r.figures.adherence < 0.75).length;
  return {
    overall:
      expected > 0
        ? t('consistency.summary.overall', {
            count: rows.length,
            held,
            expected,
            adherence: percent(Math.min(1, held / expected)),
          })
        : t('consistency.summary.nothingExpected', { count: rows.length }),
    below: t('consistency.summary.below', { count: below }),
    disputed: t('consistency.summary.disputed', { count: sum((r) => r.figures.disputed) }),
    lateChanges: t('consistency.summary.lateChanges', {
      count: sum((r) => r.figures.lateChanges.mentor + r.figures.lateChanges.mentee),
      mentor: sum((r) => r.figures.lateChanges.mentor),
      mentee: sum((r) => r.figures.lateChanges.mentee),
    }),
    noShows: t('consistency.summary.noShows', {
      count: sum((r) => r.figures.noShows.mentor + r.figures.noShows.mentee),
      mentor: sum((r) => r.figures.noShows.mentor),
      mentee: sum((r) => r.figures.noShows.mentee),
    }),
  };
}

export function ConsistencySummary({ summary }: { summary: ReturnType<typeof useConsistencySummary> }) {
  return (
    <>
      <Text>{summary.overall}</Text>
      <List>
        <List.Item>{summary.below}</List.Item>
        <List.Item>{summary.disputed}</List.Item>
        <List.Item>{summary.lateChanges}</List.Item>
        <List.Item>{summary.noShows}</List.Item>
      </List>
    </>
  );
}
