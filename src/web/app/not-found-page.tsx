import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../components/links.tsx';
import { Page } from '../components/page.tsx';
import { PublicFrame } from './public-layout.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PublicFrame>
      <Page title={t('notFound.title')} intro={<Text>{t('notFound.body')}</Text>}>
        <AnchorLink to="/">{t('notFound.home')}</AnchorLink>
      </Page>
    </PublicFrame>
  );
}
