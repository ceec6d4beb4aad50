import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { focusFirstError } from '../../../lib/focus-first-error.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { useCloseMatch } from '../api/close-match.ts';
import type { Match } from '../api/types.ts';

// The server's rule: a reason of 1 to 500 characters.
const REASON_MAX = 500;

interface CloseMatchFormProps {
  match: Match;
  onClosed: (closed: Match) => void;
  onCancel: () => void;
}

/**
 * Closing a match (or withdrawing a proposed one): a reason, and whether the mentee should be
 * matched again, with what each answer does.
 */
export function CloseMatchForm({ match, onClosed, onCancel }: CloseMatchFormProps) {
  const { t } = useTranslation();
  const close = useCloseMatch(match.programId);
  const yesId = useId();
  const form = useForm({
    initialValues: { reason: '', rematch: '' },
    validate: {
      reason: (value) => (value.trim() ? null : t('validation.required')),
      rematch: (value) => (value ? null : t('matches.closeForm.chooseOne')),
    },
  });
  const submit = form.onSubmit(
    (values) =>
      close.mutate(
        { matchId: match.id, reason: values.reason.trim(), rematch: values.rematch === 'yes' },
        { onSuccess: onClosed, onError: (error) => showServerFieldErrors(form, error) },
      ),
    (errors) => {
      // A radio group's wrapper cannot take focus: its first radio can.
      if (errors.reason) focusFirstError(form, errors);
      else document.getElementById(yesId)?.focus();
    },
  );
  const names = { mentee: match.mentee.name, mentor: match.mentor.name };
  return (
    <form onSubmit={submit} noValidate aria-label={t('matches.closeForm.title', names)}>
      <Stack>
        <Text size="sm">
          {t(match.status === 'proposed' ? 'matches.closeForm.withdrawExplain' : 'matches.closeForm.explain', names)}
        </Text>
        <ErrorAlert error={close.error} />
        <Textarea
          label={t('matches.closeForm.reason')}
          description={t('matches.closeForm.reasonHint')}
          required
          maxLength={REASON_MAX}
          autosize
          minRows={3}
          {...form.getInputProps('reason')}
        />
        <Radio.Group label={t('matches.closeForm.rematch', names)} required {...form.getInputProps('rematch')}>
          <Stack gap="sm" mt="xs">
            <Radio
              id={yesId}
              value="yes"
              label={t('matches.closeForm.yes')}
              description={t('matches.closeForm.yesExplain', names)}
            />
            <Radio value="no" label={t('matches.closeForm.no')} description={t('matches.closeForm.noExplain', names)} />
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={close.isPending}>
            {t('matches.closeForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
