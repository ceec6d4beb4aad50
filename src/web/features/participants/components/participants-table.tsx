import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import type { ParticipantRow } from '../api/types.ts';
import { ParticipantStatusBadge } from './participant-status-badge.tsx';

/** One row per participant; the name opens their page. */
export function ParticipantsTable({ rows }: { rows: ParticipantRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text>{t('participants.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.email')}</Table.Th>
            <Table.Th scope="col">{t('fields.role')}</Table.Th>
            <Table.Th scope="col">{t('participants.status')}</Table.Th>
            <Table.Th scope="col">{t('participants.languages')}</Table.Th>
            <Table.Th scope="col">{t('fields.timeZone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row" fw="normal">
                <AnchorLink to="/participants/$participantId" params={{ participantId: row.id }}>
                  {row.name}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{row.email}</Table.Td>
              <Table.Td>{t(`roles.${row.role}`)}</Table.Td>
              <Table.Td>
                <ParticipantStatusBadge status={row.status} />
              </Table.Td>
              <Table.Td>{row.languages.join(', ')}</Table.Td>
              <Table.Td>{row.timeZone}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
