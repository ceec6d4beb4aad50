import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnmatchedMentee } from '../api/types.ts';
import { useUnmatchedText } from './use-reason-text.ts';

/** The mentees a run left without a mentor, each with the reason in words. */
export function UnmatchedList({ unmatched }: { unmatched: UnmatchedMentee[] }) {
  const { t } = useTranslation();
  const why = useUnmatchedText();
  if (unmatched.length === 0) return <Text>{t('matching.unmatched.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped captionSide="top">
        <Table.Caption>{t('matching.unmatched.caption', { count: unmatched.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('roles.mentee')}</Table.Th>
            <Table.Th scope="col">{t('matching.unmatched.why')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {unmatched.map((u) => (
            <Table.Tr key={u.mentee.participantId}>
              <Table.Th scope="row" fw="normal">
                {u.mentee.name}
              </Table.Th>
              <Table.Td>{why(u)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
