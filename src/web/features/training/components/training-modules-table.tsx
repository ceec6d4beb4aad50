import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { TrainingModuleSummary } from '../api/types.ts';

/** A program's modules in the order participants take them; each title opens its editor. */
export function TrainingModulesTable({ modules }: { modules: TrainingModuleSummary[] }) {
  const { t } = useTranslation();
  if (modules.length === 0) return <Text>{t('training.noModules')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('training.module')}</Table.Th>
            <Table.Th scope="col">{t('trainingEditor.requiredColumn')}</Table.Th>
            <Table.Th scope="col">{t('training.passMark')}</Table.Th>
            <Table.Th scope="col">{t('trainingEditor.questionCount')}</Table.Th>
            <Table.Th scope="col">{t('trainingEditor.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {modules.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Th scope="row" fw="normal">
                <AnchorLink
                  to="/programs/$programId/training-modules/$moduleId"
                  params={{ programId: m.programId, moduleId: m.id }}
                  aria-label={t('trainingEditor.editModule', { title: m.title })}
                >
                  {m.title}
                </AnchorLink>
              </Table.Th>
              <Table.Td>
                <StatusBadge tone={m.isRequired ? 'pending' : 'neutral'}>
                  {m.isRequired ? t('trainingEditor.required') : t('training.optional')}
                </StatusBadge>
              </Table.Td>
              <Table.Td>{`${m.passMark}%`}</Table.Td>
              <Table.Td>{m.questionCount}</Table.Td>
              <Table.Td>{formatDateTime(m.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
