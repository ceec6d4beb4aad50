import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/section.tsx';
import { useMyParticipations } from '../../participants/api/list-my-participations.ts';
import { ReliabilityCard } from './reliability-card.tsx';

/** On a mentor's home page: their own reliability, one card per program they mentor in. */
export function MyReliabilitySection() {
  const { t } = useTranslation();
  const mentoring = (useMyParticipations().data ?? []).filter((p) => p.role === 'mentor');
  if (mentoring.length === 0) return null;
  return (
    <Section title={t('reliability.mineTitle')}>
      <Stack>
        {mentoring.map((p) => (
          <ReliabilityCard key={p.id} participantId={p.id} title={p.programName} isOwn />
        ))}
      </Stack>
    </Section>
  );
}
