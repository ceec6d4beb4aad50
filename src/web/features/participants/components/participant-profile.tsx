import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import type { Participant } from '../api/types.ts';
import { AvailabilityView } from './availability-view.tsx';
import { ParticipantStatusBadge } from './participant-status-badge.tsx';

/** What the participant told the program, as a two-column table (one row per fact). */
export function ParticipantProfile({ participant: p }: { participant: Participant }) {
  const { t } = useTranslation();
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : t('participants.notGiven'));
  const rows: [string, ReactNode][] = [
    [t('fields.email'), p.email],
    [t('fields.role'), t(`roles.${p.role}`)],
    [t('participants.status'), <ParticipantStatusBadge key="status" status={p.status} />],
    [t('fields.timeZone'), p.timeZone],
    [t('participants.languages'), list(p.languages)],
    [t('participants.interests'), list(p.interests)],
    p.role === 'mentor' ? [t('participants.strengths'), list(p.strengths)] : [t('participants.goals'), list(p.goals)],
    ...(p.role === 'mentor' ? [[t('participants.capacity'), String(p.capacity ?? 1)] as [string, ReactNode]] : []),
    [t('participants.birthDate'), p.birthDate ? formatDate(p.birthDate) : t('participants.notGiven')],
    [t('participants.gender'), p.gender ?? t('participants.notGiven')],
    [
      t('participants.availability'),
      <AvailabilityView key="availability" slots={p.availability} timeZone={p.timeZone} />,
    ],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={200}>
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
