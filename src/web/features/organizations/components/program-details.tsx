import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import type { Program } from '../api/types.ts';
import { useCadenceText } from './use-cadence-text.ts';

/** A program's facts as a labelled list (a two-column table reads well aloud). */
export function ProgramDetails({ program }: { program: Program }) {
  const { t } = useTranslation();
  const cadenceText = useCadenceText();
  const rows: [string, string][] = [
    [t('fields.startsOn'), formatDate(program.startsOn)],
    [t('fields.endsOn'), formatDate(program.endsOn)],
    [t('fields.cadence'), cadenceText(program.cadence)],
    [t('fields.slug'), program.slug],
  ];
  return (
    <>
      {program.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{program.description}</Text>}
      <Table variant="vertical" layout="fixed" withTableBorder maw={560}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={180}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
