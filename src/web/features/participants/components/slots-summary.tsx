import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WeeklySlot } from '../api/types.ts';

/** The marked times in words ("Monday 15:00–17:00; …"), exact to the minute whatever the grid shows. */
export function SlotsSummary({ slots, empty }: { slots: WeeklySlot[]; empty: string }) {
  const { t } = useTranslation();
  // A slot saved as ending at 23:59 runs to midnight, as the grid shows it.
  const end = (clock: string) => (clock === '23:59' ? '24:00' : clock);
  const times = slots.map((s) => `${t(`weekDays.${s.day}`)} ${s.start}–${end(s.end)}`).join('; ');
  return <Text size="sm">{times ? t('availabilityGrid.marked', { times }) : empty}</Text>;
}
