import { Button, Group, NumberInput, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { focusFirstError } from '../../../lib/focus-first-error.ts';
import { MarkdownEditor } from './markdown-editor.tsx';
import { LIMITS, type ModuleForm, type ModuleFormValues, newQuestion } from './module-form.ts';
import { QuizQuestionFields } from './quiz-question-fields.tsx';

interface TrainingModuleFormProps {
  form: ModuleForm;
  /** A new module chooses its slug; an existing one keeps it (it is how the module is known). */
  isNew: boolean;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (values: ModuleFormValues) => void;
}

/** The lesson (Markdown with a preview), its quiz, the pass mark and whether the module is required. */
export function TrainingModuleForm({ form, isNew, submitLabel, isPending, error, onSubmit }: TrainingModuleFormProps) {
  const { t } = useTranslation();
  const { questions } = form.getValues();
  return (
    <form
      onSubmit={form.onSubmit(onSubmit, (errors) => focusFirstError(form, errors))}
      noValidate
      aria-label={submitLabel}
    >
      <Stack maw={860}>
        <ErrorAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('trainingEditor.moduleTitle')} required {...form.getInputProps('title')} />
          {isNew ? (
            <TextInput
              label={t('trainingEditor.slug')}
              description={t('trainingEditor.slugHint')}
              required
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('slug')}
            />
          ) : (
            <TextInput
              label={t('trainingEditor.slug')}
              description={t('trainingEditor.slugFixed')}
              readOnly
              value={form.getValues().slug}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('trainingEditor.summary')}
          description={t('trainingEditor.summaryHint')}
          autosize
          minRows={2}
          {...form.getInputProps('summary')}
        />
        <MarkdownEditor label={t('trainingEditor.body')} required inputProps={form.getInputProps('body')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('trainingEditor.passMark')}
            description={t('trainingEditor.passMarkHint')}
            required
            min={0}
            max={100}
            step={5}
            allowDecimal={false}
            suffix="%"
            {...form.getInputProps('passMark')}
          />
          <Switch
            label={t('trainingEditor.isRequired')}
            description={t('trainingEditor.isRequiredHint')}
            mt="md"
            {...form.getInputProps('isRequired', { type: 'checkbox' })}
          />
        </SimpleGrid>
        <Title order={3}>{t('trainingEditor.quizTitle')}</Title>
        <Text>{t('trainingEditor.quizIntro')}</Text>
        {questions.map((question, index) => (
          <QuizQuestionFields key={question.key} form={form} index={index} />
        ))}
        <Group>
          <Button
            variant="default"
            disabled={questions.length >= LIMITS.questions.max}
            onClick={() => form.insertListItem('questions', newQuestion(questions.map((q) => q.id)))}
          >
            {t('trainingEditor.addQuestion')}
          </Button>
        </Group>
        <Group>
          <Button type="submit" loading={isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
