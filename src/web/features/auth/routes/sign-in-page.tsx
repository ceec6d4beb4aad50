import { Button, Paper, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page.tsx';
import { safeNextPath } from '../../../lib/next-path.ts';
import { SignInUsernameForm } from '../../accounts-for-young-people/components/sign-in-username-form.tsx';
import { SignInForm } from '../components/sign-in-form.tsx';
import { TwoFactorChallenge } from '../components/two-factor-challenge.tsx';

const route = getRouteApi('/_public/sign-in');

export function SignInPage() {
  const { t } = useTranslation();
  const { next } = route.useSearch();
  const navigate = useNavigate();
  const [needsCode, setNeedsCode] = useState(false);
  // Young participants may have a username from their coordinator instead of an email address.
  const [withUsername, setWithUsername] = useState(false);
  const onSignedIn = () => void navigate({ href: safeNextPath(next) });
  return (
    <Page title={needsCode ? t('signIn.codeTitle') : t('signIn.title')}>
      <Paper withBorder p="lg" maw={440}>
        {needsCode ? (
          <TwoFactorChallenge onSignedIn={onSignedIn} />
        ) : (
          <Stack>
            {withUsername ? (
              <SignInUsernameForm onSignedIn={onSignedIn} />
            ) : (
              <SignInForm onSignedIn={onSignedIn} onCodeNeeded={() => setNeedsCode(true)} />
            )}
            <Button variant="subtle" onClick={() => setWithUsername(!withUsername)} style={{ alignSelf: 'flex-start' }}>
              {withUsername ? t('youngAccounts.useEmail') : t('youngAccounts.useUsername')}
            </Button>
          </Stack>
        )}
      </Paper>
    </Page>
  );
}
