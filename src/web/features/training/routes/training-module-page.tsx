import { Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useTrainingModule } from '../api/get-training-module.ts';
import { useSubmitTrainingAttempt } from '../api/submit-training-attempt.ts';
import { MarkdownLesson } from '../components/markdown-lesson.tsx';
import { QuizForm } from '../components/quiz-form.tsx';
import { QuizResults } from '../components/quiz-results.tsx';

const route = getRouteApi('/_app/participants/$participantId/training/$moduleId');

/** One module: the lesson, then its quiz; after sending, the results with explanations and a retake. */
export function TrainingModulePage() {
  const { t } = useTranslation();
  const { participantId, moduleId } = route.useParams();
  const module = useTrainingModule(moduleId);
  const submit = useSubmitTrainingAttempt(participantId, moduleId);
  // A new key empties the quiz form for a retake.
  const [round, setRound] = useState(0);
  return (
    <Page
      title={module.data?.title ?? t('training.moduleTitle')}
      intro={
        <AnchorLink to="/participants/$participantId/training" params={{ participantId }}>
          {t('training.backToModules')}
        </AnchorLink>
      }
    >
      <QueryContent query={module}>
        {(m) => (
          <>
            <Section title={t('training.lessonTitle')}>
              {m.summary && <Text fw={500}>{m.summary}</Text>}
              <MarkdownLesson body={m.body} />
            </Section>
            <Section title={t('training.quizTitle')}>
              <Text>{t('training.quizIntro', { count: m.questions.length, passMark: m.passMark })}</Text>
              {submit.data ? (
                <QuizResults
                  attempt={submit.data}
                  questions={m.questions}
                  onRetake={() => {
                    submit.reset();
                    setRound((n) => n + 1);
                  }}
                />
              ) : (
                <QuizForm
                  key={round}
                  questions={m.questions}
                  isPending={submit.isPending}
                  error={submit.error}
                  onSubmit={(answers) => submit.mutate(answers)}
                />
              )}
            </Section>
          </>
        )}
      </QueryContent>
    </Page>
  );
}
