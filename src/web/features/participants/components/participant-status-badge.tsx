import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/status-badge.tsx';
import type { ParticipantStatus } from '../api/types.ts';

const toneOf: Record<ParticipantStatus, Tone> = {
  applied: 'pending',
  screening: 'pending',
  training: 'pending',
  ready: 'good',
  active: 'good',
  closed: 'neutral',
  withdrawn: 'neutral',
  awaiting_guardian: 'bad',
  paused: 'bad',
};

/** A participant's status in words, tinted by whether it needs someone's attention. */
export function ParticipantStatusBadge({ status }: { status: ParticipantStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={toneOf[status]}>{t(`participantStatus.${status}`)}</StatusBadge>;
}
