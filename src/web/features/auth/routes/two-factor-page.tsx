import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { useMe } from '../../../lib/session/get-me.ts';
import type { TwoFactorSecret } from '../api/enable-two-factor.ts';
import { EnrolConfirmStep } from '../components/enrol-confirm-step.tsx';
import { EnrolPasswordStep } from '../components/enrol-password-step.tsx';
import { EnrolSecretStep } from '../components/enrol-secret-step.tsx';

/** Enrolment in TOTP two-factor: password → secret and recovery codes → a first code. */
export function TwoFactorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data;
  const [secret, setSecret] = useState<TwoFactorSecret | null>(null);
  const [hasSavedCodes, setHasSavedCodes] = useState(false);
  const isEnabled = me?.twoFactorEnabled === true;

  let step = <EnrolPasswordStep onSecret={setSecret} />;
  if (secret && !hasSavedCodes) step = <EnrolSecretStep secret={secret} onSaved={() => setHasSavedCodes(true)} />;
  if (secret && hasSavedCodes) step = <EnrolConfirmStep onEnabled={() => void navigate({ to: '/' })} />;

  return (
    <Page
      title={t('twoFactor.title')}
      intro={<Text>{me?.twoFactorRequired ? t('twoFactor.requiredIntro') : t('twoFactor.optionalIntro')}</Text>}
    >
      <Paper withBorder p="lg" maw={560}>
        {isEnabled && !secret ? (
          <Stack>
            <Alert color="trellis" variant="light" role="status" title={t('twoFactor.onTitle')}>
              {t('twoFactor.on')}
            </Alert>
            <AnchorLink to="/">{t('common.continue')}</AnchorLink>
          </Stack>
        ) : (
          step
        )}
      </Paper>
    </Page>
  );
}
