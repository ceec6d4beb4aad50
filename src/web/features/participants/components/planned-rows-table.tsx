import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlannedImportRow } from '../api/preview-participant-import.ts';

/** The file's first valid rows as the import would write them, to check the columns were read right. */
export function PlannedRowsTable({ rows, validRows }: { rows: PlannedImportRow[]; validRows: number }) {
  const { t } = useTranslation();
  const notGiven = t('participants.notGiven');
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped>
        <Table.Caption>{t('participantImport.rowsCaption', { shown: rows.length, total: validRows })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('participantImport.row')}</Table.Th>
            <Table.Th scope="col">{t('participantImport.action')}</Table.Th>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('participantImport.emailOrUsername')}</Table.Th>
            <Table.Th scope="col">{t('fields.role')}</Table.Th>
            <Table.Th scope="col">{t('participants.languages')}</Table.Th>
            <Table.Th scope="col">{t('participantImport.experiences')}</Table.Th>
            <Table.Th scope="col">{t('fields.timeZone')}</Table.Th>
            <Table.Th scope="col">{t('participants.birthDate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Th scope="row" fw="normal">
                {row.row}
              </Table.Th>
              <Table.Td>{t(`participantImport.actions.${row.newAccount ? 'createWithAccount' : row.action}`)}</Table.Td>
              <Table.Td>{row.name ?? notGiven}</Table.Td>
              <Table.Td>{row.email ?? row.username ?? notGiven}</Table.Td>
              <Table.Td>{t(`roles.${row.role}`)}</Table.Td>
              <Table.Td>{row.languages.join(', ') || notGiven}</Table.Td>
              <Table.Td>{row.experienceCount}</Table.Td>
              <Table.Td>{row.timeZone ?? notGiven}</Table.Td>
              <Table.Td>{row.birthDate ?? notGiven}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
