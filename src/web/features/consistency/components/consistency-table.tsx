import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import type { MatchConsistency } from '../api/types.ts';
import {
  commitmentsKept,
  type SortDirection,
  type SortKey,
  sortConsistency,
  worstFirst,
} from '../lib/sort-consistency.ts';
import { useFigureText } from './use-figure-text.ts';

interface Sort {
  key: SortKey;
  direction: SortDirection;
}

/**
 * One row per started match, worst adherence first. Each column header is a button that sorts by
 * it (first the order that shows trouble first, then the other way); aria-sort says which is on.
 */
export function ConsistencyTable({ rows }: { rows: MatchConsistency[] }) {
  const { t } = useTranslation();
  const { percent, hours, byWhom } = useFigureText();
  const [sort, setSort] = useState<Sort>({ key: 'adherence', direction: 'ascending' });
  const sorted = sortConsistency(rows, sort.key, sort.direction);
  const sortBy = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: worstFirst[key] },
    );
  const header = (key: SortKey, label: string) => {
    const isSorted = sort.key === key;
    return (
      <Table.Th scope="col" aria-sort={isSorted ? sort.direction : undefined}>
        <UnstyledButton onClick={() => sortBy(key)} fw={700} fz="sm">
          <Group gap={4} wrap="nowrap">
            <span>{label}</span>
            <span aria-hidden="true">{isSorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped captionSide="top">
        <Table.Caption>
          {t('consistency.caption', { column: t(`consistency.columns.${sort.key}`) })}{' '}
          {t(sort.direction === 'ascending' ? 'consistency.ascending' : 'consistency.descending')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('pair', t('consistency.columns.pair'))}
            {header('adherence', t('consistency.columns.adherence'))}
            {header('lateChanges', t('consistency.columns.lateChanges'))}
            {header('noShows', t('consistency.columns.noShows'))}
            {header('disputed', t('consistency.columns.disputed'))}
            {header('commitments', t('consistency.columns.commitments'))}
            {header('response', t('consistency.columns.response'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => {
            const f = row.figures;
            const names = { mentee: row.mentee.name, mentor: row.mentor.name };
            const kept = commitmentsKept(row);
            return (
              <Table.Tr key={row.matchId}>
                <Table.Th scope="row" fw="normal">
                  <AnchorLink
                    to="/matches/$matchId/schedule"
                    params={{ matchId: row.matchId }}
                    aria-label={t('consistency.openSchedule', names)}
                  >
                    {t('consistency.pair', names)}
                  </AnchorLink>
                  {row.status === 'closed' && (
                    <Text size="xs" c="dimmed">
                      {t('consistency.closed')}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {percent(f.adherence)}
                  </Text>
                  {f.expected > 0 && (
                    <Text size="xs">{t('consistency.heldOfExpected', { held: f.held, expected: f.expected })}</Text>
                  )}
                </Table.Td>
                <Table.Td>{byWhom(f.lateChanges)}</Table.Td>
                <Table.Td>{byWhom(f.noShows)}</Table.Td>
                <Table.Td>
                  {f.disputed > 0 ? (
                    <AnchorLink
                      to="/matches/$matchId/schedule"
                      params={{ matchId: row.matchId }}
                      aria-label={t('consistency.resolveDisputed', { count: f.disputed, ...names })}
                    >
                      {t('consistency.disputedCount', { count: f.disputed })}
                    </AnchorLink>
                  ) : (
                    t('consistency.none')
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{percent(kept)}</Text>
                  {f.commitments.due + f.commitments.overdue > 0 && (
                    <Text size="xs">
                      {t('consistency.keptOfDue', { kept: f.commitments.keptOnTime, due: f.commitments.due })}
                      {f.commitments.overdue > 0 && ` · ${t('consistency.overdue', { count: f.commitments.overdue })}`}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{hours(f.mentorResponses.medianHours)}</Text>
                  {f.mentorResponses.pending > 0 && (
                    <Text size="xs">{t('consistency.pendingProposals', { count: f.mentorResponses.pending })}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
