import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposedPair } from '../api/types.ts';
import { compareRuns, type PairChange } from '../lib/compare-runs.ts';

function ChangesTable({
  caption,
  changes,
  showDifference,
}: {
  caption: string;
  changes: PairChange[];
  showDifference: boolean;
}) {
  const { t } = useTranslation();
  const difference = (c: PairChange) => {
    if (c.score === null || c.previousScore === null) return '—';
    const d = c.score - c.previousScore;
    return d === 0 ? t('matching.compare.noChange') : d > 0 ? `+${d}` : `−${-d}`;
  };
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('roles.mentee')}</Table.Th>
            <Table.Th scope="col">{t('roles.mentor')}</Table.Th>
            <Table.Th scope="col">{t('matching.compare.score')}</Table.Th>
            <Table.Th scope="col">{t('matching.compare.previousScore')}</Table.Th>
            {showDifference && <Table.Th scope="col">{t('matching.compare.difference')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={`${c.mentee.participantId} ${c.mentor.participantId}`}>
              <Table.Th scope="row" fw="normal">
                {c.mentee.name}
              </Table.Th>
              <Table.Td>{c.mentor.name}</Table.Td>
              <Table.Td>{c.score ?? '—'}</Table.Td>
              <Table.Td>{c.previousScore ?? '—'}</Table.Td>
              {showDifference && <Table.Td>{difference(c)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Which pairs changed since the previous run: new, gone and kept, with the difference in score. */
export function RunComparison({ current, previous }: { current: ProposedPair[]; previous: ProposedPair[] }) {
  const { t } = useTranslation();
  const { added, gone, same } = compareRuns(current, previous);
  return (
    <Stack>
      <Text>{t('matching.compare.summary', { added: added.length, gone: gone.length, same: same.length })}</Text>
      {added.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('matching.compare.addedTitle')}</Title>
          <ChangesTable caption={t('matching.compare.addedCaption')} changes={added} showDifference={false} />
        </Stack>
      )}
      {gone.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('matching.compare.goneTitle')}</Title>
          <ChangesTable caption={t('matching.compare.goneCaption')} changes={gone} showDifference={false} />
        </Stack>
      )}
      {same.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('matching.compare.sameTitle')}</Title>
          <ChangesTable caption={t('matching.compare.sameCaption')} changes={same} showDifference />
        </Stack>
      )}
    </Stack>
  );
}
