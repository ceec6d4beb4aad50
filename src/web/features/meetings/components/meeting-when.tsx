import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInZone, timeInZone } from '../../../lib/format.ts';
import type { Meeting, Proposal } from '../api/types.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';

/** When a meeting is, in the reader's zone, and in the zone it was agreed in when that differs. */
export function useWhenText(view: ScheduleView): (item: Pick<Meeting, 'startsAt' | 'endsAt' | 'timeZone'>) => string {
  const { t } = useTranslation();
  return (item) => {
    const mine = t('schedule.when', {
      start: formatInZone(item.startsAt, view.readerZone),
      end: timeInZone(item.endsAt, view.readerZone),
    });
    if (item.timeZone === view.readerZone) return mine;
    return t('schedule.whenAgreed', {
      when: mine,
      agreed: formatInZone(item.startsAt, item.timeZone),
      zone: item.timeZone,
    });
  };
}

/** Where a meeting is: a place, a video link, or both. */
export function MeetingPlace({ item }: { item: Pick<Proposal, 'location' | 'videoUrl'> }) {
  const { t } = useTranslation();
  if (!item.location && !item.videoUrl) return null;
  return (
    <Stack gap={0}>
      {item.location && <Text size="sm">{t('schedule.where', { place: item.location })}</Text>}
      {item.videoUrl && (
        <Text size="sm">
          {t('schedule.videoLink')}{' '}
          <Anchor href={item.videoUrl} target="_blank" rel="noreferrer">
            {item.videoUrl}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
