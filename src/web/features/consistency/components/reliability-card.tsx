import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { useParticipantReliability } from '../api/get-participant-reliability.ts';
import { useFigureText } from './use-figure-text.ts';

interface ReliabilityFiguresProps {
  participantId: string;
  /** Whether the reader is the mentor (else program staff): only the explanation differs. */
  isOwn?: boolean;
}

/** A mentor's reliability across their matches, as the mentor and their coordinator both see it. */
export function ReliabilityFigures({ participantId, isOwn = false }: ReliabilityFiguresProps) {
  const { t } = useTranslation();
  const reliability = useParticipantReliability(participantId);
  const { percent, hours } = useFigureText();
  if (reliability.isPending) return <Loading />;
  if (reliability.isError) return <ErrorAlert error={reliability.error} />;
  const r = reliability.data;
  if (r.matches === 0) return <Text size="sm">{t('reliability.noMatches')}</Text>;
  const held =
    r.expected > 0
      ? `${percent(r.adherence)} (${t('consistency.heldOfExpected', { held: r.held, expected: r.expected })})`
      : percent(null);
  const figures: [string, string][] = [
    [t('reliability.adherence'), held],
    [t('reliability.lateChanges'), String(r.lateChanges)],
    [t('reliability.noShows'), String(r.noShows)],
    [t('reliability.commitments'), percent(r.commitmentsKeptOnTime)],
    [t('reliability.response'), hours(r.medianResponseHours)],
  ];
  return (
    <Stack gap="xs">
      <Text size="sm">{t(isOwn ? 'reliability.explain' : 'reliability.explainStaff', { count: r.matches })}</Text>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" m={0}>
        {figures.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" fw={600} m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The figures in a card of their own, titled (an h3 inside a section). */
export function ReliabilityCard({ title, ...props }: ReliabilityFiguresProps & { title: string }) {
  const headingId = useId();
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} id={headingId}>
          {title}
        </Title>
        <ReliabilityFigures {...props} />
      </Stack>
    </Card>
  );
}
