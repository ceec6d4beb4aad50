import { Paper } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page.tsx';
import { safeNextPath } from '../../../lib/next-path.ts';
import { SignInForm } from '../components/sign-in-form.tsx';
import { TwoFactorChallenge } from '../components/two-factor-challenge.tsx';

const route = getRouteApi('/_public/sign-in');

export function SignInPage() {
  const { t } = useTranslation();
  const { next } = route.useSearch();
  const navigate = useNavigate();
  const [needsCode, setNeedsCode] = useState(false);
  const onSignedIn = () => void navigate({ href: safeNextPath(next) });
  return (
    <Page title={needsCode ? t('signIn.codeTitle') : t('signIn.title')}>
      <Paper withBorder p="lg" maw={440}>
        {needsCode ? (
          <TwoFactorChallenge onSignedIn={onSignedIn} />
        ) : (
          <SignInForm onSignedIn={onSignedIn} onCodeNeeded={() => setNeedsCode(true)} />
        )}
      </Paper>
    </Page>
  );
}
