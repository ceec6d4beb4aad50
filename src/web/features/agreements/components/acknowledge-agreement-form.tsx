import { Alert, Button, Checkbox, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isLanguage } from '../../../lib/i18n.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useAcknowledgeAgreement } from '../api/acknowledge-agreement.ts';
import type { Agreement } from '../api/types.ts';

/** Acknowledging the version read, in the language it was read in; the box makes it deliberate. */
export function AcknowledgeAgreementForm({
  participantId,
  agreement,
}: {
  participantId: string;
  agreement: Agreement;
}) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeAgreement(participantId);
  const [hasRead, setHasRead] = useState(false);
  const [error, setError] = useState(false);
  const language = isLanguage(agreement.language) ? agreement.language : 'en';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!hasRead) return setError(true);
    acknowledge.mutate(
      { version: agreement.version, language },
      { onSuccess: () => notifyDone(t('agreement.thanks')) },
    );
  };
  if (acknowledge.isSuccess) return <Alert variant="light" title={t('agreement.thanks')} />;
  return (
    <form onSubmit={submit} noValidate aria-label={t('agreement.acknowledgeTitle')}>
      <Stack maw={720}>
        <ErrorAlert error={acknowledge.error} />
        <Checkbox
          label={t('agreement.confirmRead', { version: agreement.version })}
          checked={hasRead}
          error={error && !hasRead ? t('agreement.tickFirst') : undefined}
          onChange={(event) => setHasRead(event.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={acknowledge.isPending}>
            {t('agreement.acknowledge')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
