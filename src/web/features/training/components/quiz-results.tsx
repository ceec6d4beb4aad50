import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/status-badge.tsx';
import type { QuizQuestion, TrainingAttempt } from '../api/types.ts';

interface QuizResultsProps {
  attempt: TrainingAttempt;
  questions: QuizQuestion[];
  onRetake: () => void;
}

/** The score against the pass mark, then each question with the right answer and why. */
export function QuizResults({ attempt, questions, onRetake }: QuizResultsProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus lands on the result, so keyboard and screen-reader users hear it first.
  useEffect(() => headingRef.current?.focus(), []);
  const optionText = (q: QuizQuestion | undefined, id: string) => q?.options.find((o) => o.id === id)?.text ?? id;
  return (
    <Stack>
      <Title order={3} ref={headingRef} tabIndex={-1}>
        {t('training.resultTitle')}
      </Title>
      <Alert
        variant="light"
        color={attempt.hasPassed ? 'trellis' : 'red'}
        title={attempt.hasPassed ? t('training.youPassed') : t('training.youDidNotPass')}
      >
        {t('training.scoreVsPass', { score: attempt.score, passMark: attempt.passMark })}
      </Alert>
      {attempt.results.map((r, index) => {
        const q = questions.find((question) => question.id === r.questionId);
        return (
          <Card key={r.questionId} withBorder component="section" aria-labelledby={`result-${r.questionId}`}>
            <Stack gap="xs">
              <Group gap="sm">
                <Title order={4} id={`result-${r.questionId}`}>
                  {t('training.questionLabel', { n: index + 1, prompt: q?.prompt ?? '' })}
                </Title>
                <StatusBadge tone={r.isCorrect ? 'good' : 'bad'}>
                  {r.isCorrect ? t('training.correct') : t('training.incorrect')}
                </StatusBadge>
              </Group>
              <Text size="sm">{t('training.yourAnswer', { answer: optionText(q, r.chosenOptionId) })}</Text>
              {!r.isCorrect && r.explanation && <Text size="sm">{r.explanation}</Text>}
              <Text size="sm" fw={600}>
                {t('training.correctAnswer', { answer: optionText(q, r.correctOptionId) })}
              </Text>
              {r.correctExplanation && <Text size="sm">{r.correctExplanation}</Text>}
            </Stack>
          </Card>
        );
      })}
      <Group>
        <Button variant="default" onClick={onRetake}>
          {t('training.retake')}
        </Button>
      </Group>
    </Stack>
  );
}
