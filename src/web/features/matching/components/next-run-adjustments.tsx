import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Pair } from '../api/types.ts';
import { pairKey } from '../lib/compare-runs.ts';

interface NextRunAdjustmentsProps {
  pins: Pair[];
  forbids: Pair[];
  nameOf: (participantId: string) => string;
  onRemovePin: (pair: Pair) => void;
  onRemoveForbid: (pair: Pair) => void;
}

/**
 * The pins and forbids the next run will keep, each removable here: a forbidden pair is no longer
 * in the table of pairs, so this is the one place to lift it.
 */
export function NextRunAdjustments({ pins, forbids, nameOf, onRemovePin, onRemoveForbid }: NextRunAdjustmentsProps) {
  const { t } = useTranslation();
  if (pins.length === 0 && forbids.length === 0) return <Text>{t('matching.adjust.none')}</Text>;
  const item = (pair: Pair, key: 'pinned' | 'forbidden', onRemove: (pair: Pair) => void) => {
    const names = { mentee: nameOf(pair.menteeId), mentor: nameOf(pair.mentorId) };
    return (
      <List.Item key={`${key} ${pairKey(pair)}`}>
        <Group gap="sm">
          <Text size="sm">{t(`matching.adjust.${key}`, names)}</Text>
          <Button
            size="compact-xs"
            variant="default"
            aria-label={t(`matching.adjust.remove.${key}`, names)}
            onClick={() => onRemove(pair)}
          >
            {t('matching.adjust.removeShort')}
          </Button>
        </Group>
      </List.Item>
    );
  };
  return (
    <Stack gap="xs">
      <List spacing="xs" aria-label={t('matching.adjust.listLabel')}>
        {pins.map((pair) => item(pair, 'pinned', onRemovePin))}
        {forbids.map((pair) => item(pair, 'forbidden', onRemoveForbid))}
      </List>
    </Stack>
  );
}
