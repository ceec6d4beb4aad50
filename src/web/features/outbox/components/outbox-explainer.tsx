import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Why this page exists, and the care its links need. */
export function OutboxExplainer() {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" title={t('outbox.whyTitle')} role="note">
      {t('outbox.why')}
    </Alert>
  );
}
