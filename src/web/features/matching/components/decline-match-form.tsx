import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { focusFirstError } from '../../../lib/focus-first-error.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useDeclineMatch } from '../api/decline-match.ts';

// The server's rule: a reason of 1 to 500 characters.
const REASON_MAX = 500;

/** Declining a proposed match, with the reason the program's staff will read. */
export function DeclineMatchForm({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const decline = useDeclineMatch(matchId);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('match.decline.reasonRequired')) },
  });
  const submit = form.onSubmit(
    ({ reason }) =>
      decline.mutate(reason.trim(), {
        onSuccess: () => notifyDone(t('match.decline.done')),
        onError: (error) => showServerFieldErrors(form, error),
      }),
    (errors) => focusFirstError(form, errors),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('match.decline.title')}>
      <Stack maw={720}>
        <ErrorAlert error={decline.error} />
        <Textarea
          label={t('match.decline.reason')}
          description={t('match.decline.reasonHint')}
          required
          maxLength={REASON_MAX}
          autosize
          minRows={3}
          {...form.getInputProps('reason')}
        />
        <Group>
          <Button type="submit" variant="outline" color="red" loading={decline.isPending}>
            {t('match.decline.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
