import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import type { TimelineEntry } from '../api/types.ts';

/** Every status change, oldest first: who moved the participant, when, and why. */
export function ParticipantTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text>{t('participants.timelineEmpty')}</Text>;
  const status = (s: TimelineEntry['to']) => t(`participantStatus.${s}`);
  return (
    <Timeline
      active={entries.length - 1}
      bulletSize={14}
      lineWidth={2}
      component="ol"
      aria-label={t('participants.timelineTitle')}
    >
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.id}
          component="li"
          title={
            entry.from
              ? t('participants.movedFromTo', { from: status(entry.from), to: status(entry.to) })
              : status(entry.to)
          }
        >
          <Text size="sm">
            {formatDateTime(entry.at)}
            {' · '}
            {entry.by ? t('participants.byPerson', { name: entry.by.name }) : t('participants.bySystem')}
          </Text>
          {entry.reason && <Text size="sm">{t('participants.reasonWas', { reason: entry.reason })}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
