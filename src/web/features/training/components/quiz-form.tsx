import { Button, Group, Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { QuizAnswers } from '../api/submit-training-attempt.ts';
import type { QuizQuestion } from '../api/types.ts';

interface QuizFormProps {
  questions: QuizQuestion[];
  isPending: boolean;
  error: unknown;
  onSubmit: (answers: QuizAnswers) => void;
}

/** One radio group per question; every question needs an answer before sending. */
export function QuizForm({ questions, isPending, error, onSubmit }: QuizFormProps) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<QuizAnswers>({});
  const [showMissing, setShowMissing] = useState(false);
  const missing = questions.filter((q) => !answers[q.id]);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (missing.length > 0) {
      setShowMissing(true);
      document.getElementById(`question-${missing[0]?.id}`)?.querySelector('input')?.focus();
      return;
    }
    onSubmit(answers);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('training.quizTitle')}>
      <Stack>
        <ErrorAlert error={error} />
        {questions.map((q, index) => (
          <Radio.Group
            key={q.id}
            id={`question-${q.id}`}
            label={t('training.questionLabel', { n: index + 1, prompt: q.prompt })}
            value={answers[q.id] ?? null}
            onChange={(value) => setAnswers((current) => ({ ...current, [q.id]: value }))}
            error={showMissing && !answers[q.id] ? t('training.answerThis') : undefined}
            withAsterisk
          >
            <Stack gap="xs" mt="xs">
              {q.options.map((o) => (
                <Radio key={o.id} value={o.id} label={o.text} />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        <Group>
          <Button type="submit" loading={isPending}>
            {t('training.submitQuiz')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
