import { Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { focusFirstError } from '../../../lib/focus-first-error.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { useCreateCommitment } from '../api/create-commitment.ts';
import type { CommitmentOwner } from '../api/types.ts';

interface CommitmentFormProps {
  matchId: string;
  mySide: CommitmentOwner;
  otherName: string;
  /** A week on, in the writer's zone. */
  defaultDueDate: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** What one of the pair will do before next time: whose it is, what, and by when. */
export function CommitmentForm({ matchId, mySide, otherName, defaultDueDate, onDone, onCancel }: CommitmentFormProps) {
  const { t } = useTranslation();
  const create = useCreateCommitment(matchId);
  const otherSide: CommitmentOwner = mySide === 'mentor' ? 'mentee' : 'mentor';
  const form = useForm({
    initialValues: { owner: mySide as string, text: '', dueDate: defaultDueDate },
    validate: {
      text: (value) => (value.trim() ? null : t('commitments.form.textNeeded')),
      dueDate: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('validation.required')),
    },
  });
  const submit = form.onSubmit(
    (values) =>
      create.mutate(
        { owner: values.owner as CommitmentOwner, text: values.text.trim(), dueDate: values.dueDate },
        {
          onSuccess: () => {
            onDone(t('commitments.added'));
            form.reset();
          },
          onError: (error) => showServerFieldErrors(form, error),
        },
      ),
    (errors) => focusFirstError(form, errors),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('commitments.form.title')}>
      <Stack gap="sm">
        <Radio.Group label={t('commitments.form.owner')} required {...form.getInputProps('owner')}>
          <Group mt="xs">
            <Radio value={mySide} label={t('commitments.form.me')} />
            <Radio value={otherSide} label={otherName} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('commitments.form.text')}
          description={t('commitments.form.textHint')}
          required
          maxLength={500}
          autosize
          minRows={2}
          {...form.getInputProps('text')}
        />
        <TextInput type="date" label={t('commitments.form.dueDate')} required {...form.getInputProps('dueDate')} />
        <ErrorAlert error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('commitments.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
