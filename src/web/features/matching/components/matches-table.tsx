import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { Match } from '../api/types.ts';
import { MatchStatusBadge } from './match-status-badge.tsx';

interface MatchesTableProps {
  matches: Match[];
  caption: string;
  /** Opens the form that closes this match (offered for proposed and active ones). */
  onClose: (match: Match) => void;
}

/** A program's matches: who, status, dates, whose answer is awaited, and closing. */
export function MatchesTable({ matches, caption, onClose }: MatchesTableProps) {
  const { t } = useTranslation();
  if (matches.length === 0) return <Text>{t('matches.none')}</Text>;
  const awaiting = (match: Match) => {
    if (match.waitingFor.length === 0) return '—';
    return match.waitingFor.map((role) => (role === 'mentee' ? match.mentee.name : match.mentor.name)).join(', ');
  };
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('roles.mentee')}</Table.Th>
            <Table.Th scope="col">{t('roles.mentor')}</Table.Th>
            <Table.Th scope="col">{t('matches.status')}</Table.Th>
            <Table.Th scope="col">{t('matches.proposedAt')}</Table.Th>
            <Table.Th scope="col">{t('matches.startedAt')}</Table.Th>
            <Table.Th scope="col">{t('matches.waitingFor')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((match) => {
            const names = { mentee: match.mentee.name, mentor: match.mentor.name };
            return (
              <Table.Tr key={match.id}>
                <Table.Th scope="row" fw="normal">
                  <AnchorLink
                    to="/matches/$matchId"
                    params={{ matchId: match.id }}
                    aria-label={t('matches.openMatch', names)}
                  >
                    {match.mentee.name}
                  </AnchorLink>
                </Table.Th>
                <Table.Td>{match.mentor.name}</Table.Td>
                <Table.Td>
                  <MatchStatusBadge status={match.status} />
                </Table.Td>
                <Table.Td>{formatDateTime(match.proposedAt)}</Table.Td>
                <Table.Td>{match.startedAt ? formatDateTime(match.startedAt) : '—'}</Table.Td>
                <Table.Td>{awaiting(match)}</Table.Td>
                <Table.Td>
                  {(match.status === 'active' || match.status === 'proposed') && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('matches.closeLabel', names)}
                      onClick={() => onClose(match)}
                    >
                      {t('matches.close')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
