import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useTrainingProgress } from '../api/get-training-progress.ts';

interface TrainingProgressTableProps {
  participantId: string;
  /** The participant opens their modules; staff see only the scores. */
  linkModules: boolean;
}

/** Each module with its pass mark, the best score so far and whether it is passed. */
export function TrainingProgressTable({ participantId, linkModules }: TrainingProgressTableProps) {
  const { t } = useTranslation();
  const progress = useTrainingProgress(participantId);
  return (
    <QueryContent query={progress}>
      {(data) => (
        <Stack>
          <Text>{data.hasPassedRequired ? t('training.requiredDone') : t('training.requiredNotDone')}</Text>
          {data.modules.length === 0 ? (
            <Text>{t('training.noModules')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('training.module')}</Table.Th>
                    <Table.Th scope="col">{t('training.passMark')}</Table.Th>
                    <Table.Th scope="col">{t('training.bestScore')}</Table.Th>
                    <Table.Th scope="col">{t('training.attempts')}</Table.Th>
                    <Table.Th scope="col">{t('training.result')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.modules.map((m) => (
                    <Table.Tr key={m.moduleId}>
                      <Table.Th scope="row" fw="normal">
                        {linkModules ? (
                          <AnchorLink
                            to="/participants/$participantId/training/$moduleId"
                            params={{ participantId, moduleId: m.moduleId }}
                          >
                            {m.title}
                          </AnchorLink>
                        ) : (
                          m.title
                        )}
                        {!m.isRequired && ` (${t('training.optional')})`}
                      </Table.Th>
                      <Table.Td>{`${m.passMark}%`}</Table.Td>
                      <Table.Td>{m.bestScore === null ? '—' : `${m.bestScore}%`}</Table.Td>
                      <Table.Td>{m.attemptCount}</Table.Td>
                      <Table.Td>
                        <StatusBadge tone={m.hasPassed ? 'good' : m.attemptCount > 0 ? 'bad' : 'neutral'}>
                          {m.hasPassed
                            ? t('training.passed')
                            : m.attemptCount > 0
                              ? t('training.notPassed')
                              : t('training.notStarted')}
                        </StatusBadge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </QueryContent>
  );
}
