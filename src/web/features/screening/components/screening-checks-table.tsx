import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/status-badge.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { ExpiryState, ScreeningCheck } from '../api/types.ts';

const expiryTone: Record<ExpiryState, Tone> = {
  expired: 'bad',
  expiring: 'pending',
  current: 'good',
  no_expiry: 'neutral',
};

/** Every check recorded, newest facts first as the server orders them; replaced ones say so. */
export function ScreeningChecksTable({ checks }: { checks: ScreeningCheck[] }) {
  const { t } = useTranslation();
  if (checks.length === 0) return <Text>{t('screening.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('screening.kind')}</Table.Th>
            <Table.Th scope="col">{t('screening.checkedOn')}</Table.Th>
            <Table.Th scope="col">{t('screening.outcome')}</Table.Th>
            <Table.Th scope="col">{t('screening.expiresOn')}</Table.Th>
            <Table.Th scope="col">{t('screening.expiry')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checks.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw="normal">
                {t(`screening.kinds.${c.kind}`)}
                {c.isSuperseded && ` (${t('screening.superseded')})`}
              </Table.Th>
              <Table.Td>{formatDate(c.checkedOn)}</Table.Td>
              <Table.Td>{t(`screening.outcomes.${c.outcome}`)}</Table.Td>
              <Table.Td>{c.expiresOn ? formatDate(c.expiresOn) : '—'}</Table.Td>
              <Table.Td>
                <StatusBadge tone={c.isSuperseded ? 'neutral' : expiryTone[c.expiry]}>
                  {t(`screening.expiryStates.${c.expiry}`)}
                </StatusBadge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
