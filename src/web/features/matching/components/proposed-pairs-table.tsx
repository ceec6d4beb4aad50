import { Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/status-badge.tsx';
import type { Pair, ProposedPair } from '../api/types.ts';
import { pairKey } from '../lib/compare-runs.ts';
import { ReasonList } from './reason-list.tsx';

interface ProposedPairsTableProps {
  pairs: ProposedPair[];
  pins: Pair[];
  forbids: Pair[];
  /** Marks a pair to keep (pin) or to rule out (forbid) in the next run; off clears it. */
  onPin: (pair: Pair, isOn: boolean) => void;
  onForbid: (pair: Pair, isOn: boolean) => void;
  /** Names the table for screen readers, e.g. "12 proposed pairs". */
  caption: string;
}

/** A run's pairs with score and reasons; each row's boxes pin or forbid the pair for the next run. */
export function ProposedPairsTable({ pairs, pins, forbids, onPin, onForbid, caption }: ProposedPairsTableProps) {
  const { t } = useTranslation();
  const pinned = new Set(pins.map(pairKey));
  const forbidden = new Set(forbids.map(pairKey));
  if (pairs.length === 0) return <Text>{t('matching.pairs.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('roles.mentee')}</Table.Th>
            <Table.Th scope="col">{t('roles.mentor')}</Table.Th>
            <Table.Th scope="col">{t('matching.pairs.score')}</Table.Th>
            <Table.Th scope="col">{t('matching.pairs.reasons')}</Table.Th>
            <Table.Th scope="col">{t('matching.pairs.nextRun')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pairs.map((p) => {
            const pair = { menteeId: p.mentee.participantId, mentorId: p.mentor.participantId };
            const key = pairKey(pair);
            const names = { mentee: p.mentee.name, mentor: p.mentor.name };
            return (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw="normal">
                  {p.mentee.name}
                </Table.Th>
                <Table.Td>{p.mentor.name}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm">{p.score}</Text>
                    {p.pinned && <StatusBadge tone="pending">{t('matching.pairs.pinnedInRun')}</StatusBadge>}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <ReasonList reasons={p.reasons} reader="staff" />
                </Table.Td>
                <Table.Td>
                  <Group gap="md" wrap="nowrap">
                    <Checkbox
                      label={t('matching.pairs.pin')}
                      aria-label={t('matching.pairs.pinLabel', names)}
                      checked={pinned.has(key)}
                      onChange={(event) => onPin(pair, event.currentTarget.checked)}
                    />
                    <Checkbox
                      label={t('matching.pairs.forbid')}
                      aria-label={t('matching.pairs.forbidLabel', names)}
                      checked={forbidden.has(key)}
                      onChange={(event) => onForbid(pair, event.currentTarget.checked)}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
