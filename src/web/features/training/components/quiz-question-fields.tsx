import { Button, Fieldset, Group, Paper, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS, type ModuleForm, newOption } from './module-form.ts';

interface QuizQuestionFieldsProps {
  form: ModuleForm;
  index: number;
}

/**
 * One quiz question: its prompt, two to six options each with the explanation participants read
 * after answering, and which option is correct (its own radio group after the options, so the
 * options' text fields do not sit inside a radio group).
 */
export function QuizQuestionFields({ form, index }: QuizQuestionFieldsProps) {
  const { t } = useTranslation();
  const path = `questions.${index}` as const;
  const { questions } = form.getValues();
  const question = questions[index];
  if (!question) return null;
  const n = index + 1;
  const removeOption = (optionIndex: number) => {
    const removed = question.options[optionIndex];
    form.removeListItem(`${path}.options`, optionIndex);
    if (removed && removed.id === question.correct) form.setFieldValue(`${path}.correct`, '');
  };
  return (
    <Fieldset legend={t('trainingEditor.questionN', { n })}>
      <Stack>
        <Textarea
          label={t('trainingEditor.prompt')}
          required
          autosize
          minRows={2}
          {...form.getInputProps(`${path}.prompt`)}
        />
        <Text size="sm">{t('trainingEditor.optionsHint')}</Text>
        {question.options.map((option, optionIndex) => {
          const m = optionIndex + 1;
          return (
            <Paper key={option.key} withBorder p="sm">
              <Stack gap="xs">
                <TextInput
                  label={t('trainingEditor.optionN', { n: m })}
                  required
                  {...form.getInputProps(`${path}.options.${optionIndex}.text`)}
                />
                <Textarea
                  label={t('trainingEditor.explanationN', { n: m })}
                  description={t('trainingEditor.explanationHint')}
                  required
                  autosize
                  minRows={2}
                  {...form.getInputProps(`${path}.options.${optionIndex}.explanation`)}
                />
                <Group>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={question.options.length <= LIMITS.options.min}
                    onClick={() => removeOption(optionIndex)}
                  >
                    {t('trainingEditor.removeOption', { n: m })}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
        <Group>
          <Button
            size="xs"
            variant="default"
            disabled={question.options.length >= LIMITS.options.max}
            onClick={() =>
              form.insertListItem(`${path}.options`, newOption(question.options.map((option) => option.id)))
            }
          >
            {t('trainingEditor.addOption')}
          </Button>
        </Group>
        <Radio.Group
          label={t('trainingEditor.correctOption')}
          required
          withAsterisk={false}
          {...form.getInputProps(`${path}.correct`)}
        >
          <Stack gap="xs" mt="xs">
            {question.options.map((option, optionIndex) => (
              <Radio
                key={option.key}
                value={option.id}
                label={t('trainingEditor.correctChoice', { n: optionIndex + 1, text: option.text.trim() || '…' })}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group>
          <Button
            size="xs"
            variant="default"
            disabled={questions.length <= LIMITS.questions.min}
            onClick={() => form.removeListItem('questions', index)}
          >
            {t('trainingEditor.removeQuestion', { n })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
