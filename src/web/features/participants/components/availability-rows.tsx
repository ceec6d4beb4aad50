import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type WeeklySlot, weekDays } from '../api/types.ts';

interface AvailabilityRowsProps {
  slots: WeeklySlot[];
  onChange: (slots: WeeklySlot[]) => void;
  /** Error text per row index, e.g. "ends before it starts". */
  errors: Record<number, string>;
}

/** Weekly availability as rows of day, start and end; each row's fields are named by its number. */
export function AvailabilityRows({ slots, onChange, errors }: AvailabilityRowsProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<WeeklySlot>) =>
    onChange(slots.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));
  return (
    <Stack gap="xs" role="group" aria-labelledby="availability-label">
      <Text fw={500} id="availability-label">
        {t('participants.availability')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('participants.availabilityHint')}
      </Text>
      {slots.map((slot, index) => {
        const n = String(index + 1);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <Group key={index} align="flex-end" gap="sm">
            <NativeSelect
              label={t('participants.slotDay', { n })}
              value={slot.day}
              data={weekDays.map((day) => ({ value: day, label: t(`weekDays.${day}`) }))}
              onChange={(event) => update(index, { day: event.currentTarget.value as WeeklySlot['day'] })}
            />
            <TextInput
              type="time"
              label={t('participants.slotStart', { n })}
              value={slot.start}
              onChange={(event) => update(index, { start: event.currentTarget.value })}
            />
            <TextInput
              type="time"
              label={t('participants.slotEnd', { n })}
              value={slot.end}
              error={errors[index]}
              onChange={(event) => update(index, { end: event.currentTarget.value })}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('participants.removeSlot', { n })}
              onClick={() => onChange(slots.filter((_, i) => i !== index))}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button variant="default" onClick={() => onChange([...slots, { day: 'mon', start: '16:00', end: '17:00' }])}>
          {t('participants.addSlot')}
        </Button>
      </Group>
    </Stack>
  );
}
