import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/error-message.ts';

/** A failure, announced to screen readers (role=alert) and shown in the reader's language. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title ?? t('common.errorTitle')}>
      {message(error)}
    </Alert>
  );
}
