import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { RunSummary } from '../api/types.ts';

/** The program's runs, newest first; each date opens that run's proposal on this page. */
export function RunsTable({
  programId,
  runs,
  openRunId,
}: {
  programId: string;
  runs: RunSummary[];
  openRunId: string | null;
}) {
  const { t } = useTranslation();
  if (runs.length === 0) return <Text>{t('matching.runs.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped captionSide="top">
        <Table.Caption>{t('matching.runs.caption', { count: runs.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('matching.runs.startedAt')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.startedBy')}</Table.Th>
            <Table.Th scope="col">{t('matching.figures.matched')}</Table.Th>
            <Table.Th scope="col">{t('matching.figures.meanScore')}</Table.Th>
            <Table.Th scope="col">{t('matching.figures.sharing')}</Table.Th>
            <Table.Th scope="col">{t('matching.runs.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => {
            const when = formatDateTime(run.startedAt);
            return (
              <Table.Tr key={run.id}>
                <Table.Th scope="row" fw="normal">
                  <AnchorLink
                    to="/programs/$programId/matching"
                    params={{ programId }}
                    search={{ run: run.id }}
                    aria-current={run.id === openRunId ? 'true' : undefined}
                    aria-label={t('matching.runs.open', { when })}
                  >
                    {when}
                  </AnchorLink>
                  {run.id === openRunId && (
                    <Text size="xs" c="dimmed">
                      {t('matching.runs.shown')}
                    </Text>
                  )}
                  {run.limitedToMentees && (
                    <Text size="xs" c="dimmed">
                      {t('matching.runs.limited')}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{run.startedBy.name}</Table.Td>
                <Table.Td>
                  {t('matching.figures.matchedOf', { matched: run.figures.matched, mentees: run.figures.mentees })}
                </Table.Td>
                <Table.Td>{run.figures.meanScore}</Table.Td>
                <Table.Td>{`${Math.round(run.figures.sharingExperience * 100)} %`}</Table.Td>
                <Table.Td>
                  {run.approvedAt
                    ? t('matching.runs.approvedOn', { when: formatDateTime(run.approvedAt) })
                    : t('matching.runs.notApproved')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
