import { Alert, Paper, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { useVerifyEmail } from '../api/verify-email.ts';

const route = getRouteApi('/_public/verify-email');

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { token = '' } = route.useSearch();
  const verification = useVerifyEmail(token);
  let body: ReactNode;
  if (!token) {
    body = (
      <Alert color="red" variant="light" role="alert" title={t('verifyEmail.noTokenTitle')}>
        {t('verifyEmail.noToken')}
      </Alert>
    );
  } else if (verification.isPending) {
    body = <Loading />;
  } else if (verification.isError) {
    // better-auth answers a bad or used token in several ways; to the reader they mean the same.
    body = (
      <Alert color="red" variant="light" role="alert" title={t('verifyEmail.failedTitle')}>
        {t('verifyEmail.failed')}
      </Alert>
    );
  } else {
    body = (
      <Alert color="trellis" variant="light" role="status" title={t('verifyEmail.doneTitle')}>
        {t('verifyEmail.done')}
      </Alert>
    );
  }
  return (
    <Page title={t('verifyEmail.title')}>
      <Paper withBorder p="lg" maw={480}>
        <Stack>
          {body}
          <AnchorLink to="/">{t('common.continue')}</AnchorLink>
        </Stack>
      </Paper>
    </Page>
  );
}
