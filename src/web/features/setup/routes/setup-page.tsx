import { Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page.tsx';
import { SetupForm } from '../components/setup-form.tsx';

/** First run: prove you started the server (the printed token), then create the first organization and its admin. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t('setup.title')} intro={<Text>{t('setup.intro')}</Text>}>
      <SetupForm onDone={() => void navigate({ to: '/two-factor' })} />
    </Page>
  );
}
