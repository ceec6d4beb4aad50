import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { Program } from '../api/types.ts';
import { useCadenceText } from './use-cadence-text.ts';

export function ProgramsTable({ programs }: { programs: Program[] }) {
  const { t } = useTranslation();
  const cadenceText = useCadenceText();
  if (programs.length === 0) return <Text>{t('programs.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.slug')}</Table.Th>
            <Table.Th scope="col">{t('fields.dates')}</Table.Th>
            <Table.Th scope="col">{t('fields.cadence')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programs.map((program) => (
            <Table.Tr key={program.id}>
              <Table.Th scope="row" fw="normal">
                <AnchorLink to="/programs/$programId" params={{ programId: program.id }}>
                  {program.name}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{program.slug}</Table.Td>
              <Table.Td>
                {t('programs.dateRange', { start: formatDate(program.startsOn), end: formatDate(program.endsOn) })}
              </Table.Td>
              <Table.Td>{cadenceText(program.cadence)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
