import { Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importColumns } from '../lib/import-template.ts';

/**
 * What each column of a participants CSV holds, with an example. `experiences` names the
 * program's own labels, because a label outside them is refused.
 */
export function ImportColumnsTable({ experienceLabels }: { experienceLabels: string[] | undefined }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{t('participantImport.columnsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('participantImport.column')}</Table.Th>
            <Table.Th scope="col">{t('participantImport.holds')}</Table.Th>
            <Table.Th scope="col">{t('participantImport.example')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {importColumns.map((column) => (
            <Table.Tr key={column}>
              <Table.Th scope="row">
                <Code>{column}</Code>
              </Table.Th>
              <Table.Td>
                {t(`participantImport.columns.${column}`)}
                {column === 'experiences' && experienceLabels && experienceLabels.length > 0 && (
                  <> {t('participantImport.programExperiences', { labels: experienceLabels.join('; ') })}</>
                )}
              </Table.Td>
              <Table.Td>
                <Code>{t(`participantImport.examples.${column}`)}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
