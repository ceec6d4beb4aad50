import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../api/preview-participant-import.ts';

/**
 * Every problem the file has, by the row number a spreadsheet shows, so the coordinator can find
 * and fix it there. The reasons are the server's words (English), naming the value at fault.
 */
export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Caption>{t('participantImport.problemsCaption', { count: problems.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('participantImport.row')}</Table.Th>
            <Table.Th scope="col">{t('participantImport.column')}</Table.Th>
            <Table.Th scope="col">{t('participantImport.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            // A row can have several problems in one column (two bad availability slots).
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
            <Table.Tr key={index}>
              <Table.Th scope="row" fw="normal">
                {problem.row}
              </Table.Th>
              <Table.Td>
                {problem.column ? <Code>{problem.column}</Code> : <Text span>{t('participantImport.wholeRow')}</Text>}
              </Table.Td>
              <Table.Td>{problem.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
