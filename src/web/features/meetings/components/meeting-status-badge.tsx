import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/status-badge.tsx';
import type { Meeting } from '../api/types.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';

/** A meeting's status in words: held, cancelled (late), no-show by whom, disputed. */
export function MeetingStatusBadge({ meeting, view }: { meeting: Meeting; view: ScheduleView }) {
  const { t } = useTranslation();
  const [tone, text]: [Tone, string] =
    meeting.status === 'held'
      ? ['good', t('schedule.status.held')]
      : meeting.status === 'cancelled'
        ? meeting.lateChangeBy
          ? ['bad', t('schedule.status.cancelledLate')]
          : ['neutral', t('schedule.status.cancelled')]
        : meeting.status === 'no-show'
          ? [
              'bad',
              meeting.noShowBy === 'both' || !meeting.noShowBy
                ? t('schedule.status.noShowBoth')
                : t('schedule.status.noShowBy', { name: view.nameOf(meeting.noShowBy) }),
            ]
          : meeting.status === 'disputed'
            ? ['bad', t('schedule.status.disputed')]
            : ['pending', t('schedule.status.scheduled')];
  return <StatusBadge tone={tone}>{text}</StatusBadge>;
}
