import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/status-badge.tsx';
import type { MeetingStatus } from '../api/types.ts';

const toneOf: Record<MeetingStatus, Tone> = {
  scheduled: 'pending',
  held: 'good',
  cancelled: 'neutral',
  'no-show': 'bad',
  disputed: 'bad',
};

/** A meeting's status in words. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={toneOf[status]}>{t(`consistency.meetingStatus.${status}`)}</StatusBadge>;
}
