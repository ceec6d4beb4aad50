import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentorSuggestion } from '../api/types.ts';
import { ReasonList } from './reason-list.tsx';

interface MentorSuggestionCardProps {
  mentor: MentorSuggestion;
  isChosen: boolean;
  onChoose: () => void;
}

/** One possible mentor: name, how well they fit, why, and asking them. */
export function MentorSuggestionCard({ mentor, isChosen, onChoose }: MentorSuggestionCardProps) {
  const { t } = useTranslation();
  const headingId = `suggestion-${mentor.participantId}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} id={headingId}>
          {mentor.name}
        </Title>
        <Text fw={500}>{t('chooseMentor.fit', { score: mentor.score })}</Text>
        <ReasonList reasons={mentor.reasons} reader="mentee" />
        <Group>
          <Button
            id={`ask-${mentor.participantId}`}
            variant={isChosen ? 'filled' : 'light'}
            onClick={onChoose}
            aria-pressed={isChosen}
          >
            {t('chooseMentor.ask', { name: mentor.name })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
