import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import type { Match, MatchRole } from '../api/types.ts';
import { MatchStatusBadge } from './match-status-badge.tsx';

interface MatchStandingProps {
  match: Match;
  /** The reader's side of the match; undefined for staff. */
  myRole?: MatchRole;
}

/** Where a match stands, in a sentence: whose answer it waits for, since when it is active, or how it ended. */
export function MatchStanding({ match, myRole }: MatchStandingProps) {
  const { t } = useTranslation();
  const nameOf = (role: MatchRole) =>
    role === myRole ? t('match.you') : role === 'mentee' ? match.mentee.name : match.mentor.name;
  const lines: string[] = [];
  if (match.status === 'proposed') {
    lines.push(
      match.waitingFor.length > 0
        ? t('match.waitingFor', { people: match.waitingFor.map(nameOf).join(t('match.and')) })
        : t('match.waitingForNobody'),
    );
  }
  if (match.status === 'active' && match.startedAt) {
    lines.push(t('match.activeSince', { when: formatDateTime(match.startedAt) }));
  }
  if (match.status === 'declined') {
    if (match.declinedAt) lines.push(t('match.declinedOn', { when: formatDateTime(match.declinedAt) }));
    if (match.declineReason) lines.push(t('match.reasonGiven', { reason: match.declineReason }));
  }
  if (match.status === 'closed') {
    if (match.closedAt) lines.push(t('match.closedOn', { when: formatDateTime(match.closedAt) }));
    if (match.closeReason && !myRole) lines.push(t('match.reasonGiven', { reason: match.closeReason }));
  }
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <MatchStatusBadge status={match.status} />
        <Text size="sm">{t('match.proposedOn', { when: formatDateTime(match.proposedAt) })}</Text>
      </Group>
      {lines.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
    </Stack>
  );
}
