import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner that also tells screen-reader users what is happening. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Center role="status" py="xl">
      <Loader size="md" aria-hidden="true" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
