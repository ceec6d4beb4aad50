import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import type { MatchSide } from '../api/types.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';

/** Who the two are and the time zone each lives in, with the way back to the match. */
export function ScheduleHeader({ view }: { view: ScheduleView }) {
  const { t } = useTranslation();
  const { schedule } = view;
  const person = (side: MatchSide) =>
    t('schedule.header.person', {
      role: t(`roles.${side}`),
      name: side === schedule.mySide ? t('schedule.header.you', { name: schedule[side].name }) : schedule[side].name,
      zone: schedule[side].timeZone,
    });
  return (
    <Stack gap={4}>
      <Text>{person('mentee')}</Text>
      <Text>{person('mentor')}</Text>
      {schedule.mySide === null && <Text size="sm">{t('schedule.header.staffReadOnly')}</Text>}
      {schedule.matchStatus !== 'active' && schedule.mySide !== null && (
        <Text size="sm">{t('schedule.header.notActive')}</Text>
      )}
      <Group>
        <AnchorLink to="/matches/$matchId" params={{ matchId: schedule.matchId }}>
          {t('schedule.header.toMatch')}
        </AnchorLink>
      </Group>
    </Stack>
  );
}
