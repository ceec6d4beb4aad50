import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/status-badge.tsx';
import type { MatchStatus } from '../api/types.ts';

const toneOf: Record<MatchStatus, Tone> = {
  proposed: 'pending',
  active: 'good',
  declined: 'neutral',
  closed: 'neutral',
};

/** A match's status in words. */
export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={toneOf[status]}>{t(`matchStatus.${status}`)}</StatusBadge>;
}
