import { Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeeklySlot } from '../api/types.ts';
import { slotsToCells } from '../lib/availability-cells.ts';
import { rowsToShow } from '../lib/week-grid-painting.ts';
import { SlotsSummary } from './slots-summary.tsx';
import { WeekGrid } from './week-grid.tsx';

interface AvailabilityViewProps {
  slots: WeeklySlot[];
  timeZone: string;
  headingOrder?: TitleOrder;
}

/** Someone's weekly availability to read: the same week grid as the editor, not editable. */
export function AvailabilityView({ slots, timeZone, headingOrder = 3 }: AvailabilityViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const week = useMemo(() => slotsToCells(slots), [slots]);
  if (slots.length === 0) return <Text>{t('participants.notGiven')}</Text>;
  return (
    <Stack gap="xs">
      <Title order={headingOrder} size="h6" id={headingId}>
        {t('availabilityGrid.timesIn', { timeZone })}
      </Title>
      <WeekGrid week={week} rows={rowsToShow(week)} labelledBy={headingId} isCompact />
      <SlotsSummary slots={slots} empty={t('participants.notGiven')} />
    </Stack>
  );
}
