import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstError } from '../../../lib/focus-first-error.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';

interface ReasonFormProps {
  label: string;
  reasonLabel: string;
  submitLabel: string;
  isPending: boolean;
  notice?: ReactNode;
  error: ReactNode;
  danger?: boolean;
  /** What backing out says, when "Cancel" would be ambiguous (cancelling a meeting). */
  dismissLabel?: string;
  onSubmit: (reason: string, onError: (error: unknown) => void) => void;
  onCancel: () => void;
}

/** A change that needs a reason the other person is told: cancelling, declining, stopping. */
export function ReasonForm(props: ReasonFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('schedule.form.reasonNeeded')) },
  });
  const submit = form.onSubmit(
    (values) => props.onSubmit(values.reason.trim(), (error) => showServerFieldErrors(form, error)),
    (errors) => focusFirstError(form, errors),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={props.label}>
      <Stack gap="sm">
        <Textarea
          label={props.reasonLabel}
          description={t('schedule.form.reasonHint')}
          required
          maxLength={500}
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        {props.notice}
        {props.error}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {props.dismissLabel ?? t('common.cancel')}
          </Button>
          <Button type="submit" color={props.danger ? 'red' : undefined} loading={props.isPending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
