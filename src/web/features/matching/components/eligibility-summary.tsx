import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchingCandidates } from '../api/types.ts';

/** Who a run would consider right now, in one sentence each for mentees and mentors. */
export function EligibilitySummary({ candidates }: { candidates: MatchingCandidates }) {
  const { t } = useTranslation();
  const places = candidates.mentors.reduce((sum, mentor) => sum + mentor.remainingCapacity, 0);
  return (
    <>
      <Text>{t('matching.eligible.mentees', { count: candidates.mentees.length })}</Text>
      <Text>{t('matching.eligible.mentors', { count: candidates.mentors.length, places })}</Text>
    </>
  );
}
