import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeInput } from '../../../components/code-input.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { required, totpCode } from '../../../lib/validation.ts';
import { useVerifyBackupCode } from '../api/verify-backup-code.ts';
import { useVerifyTotp } from '../api/verify-totp.ts';

/** The second step of signing in: a code from the app, or one of the recovery codes. */
export function TwoFactorChallenge({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [isRecovery, setIsRecovery] = useState(false);
  const verifyTotp = useVerifyTotp();
  const verifyBackupCode = useVerifyBackupCode();
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (value) => (isRecovery ? required(value) : totpCode(value)) },
  });
  const pending = verifyTotp.isPending || verifyBackupCode.isPending;
  const submit = form.onSubmit(({ code }) =>
    (isRecovery ? verifyBackupCode : verifyTotp).mutate(code, { onSuccess: onSignedIn }),
  );
  const switchMode = () => {
    setIsRecovery(!isRecovery);
    form.reset();
    verifyTotp.reset();
    verifyBackupCode.reset();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{isRecovery ? t('signIn.recoveryExplain') : t('signIn.codeExplain')}</Text>
        <ErrorAlert error={verifyTotp.error ?? verifyBackupCode.error} title={t('signIn.codeFailed')} />
        <CodeInput
          key={isRecovery ? 'recovery' : 'totp'}
          isTotp={!isRecovery}
          label={isRecovery ? t('fields.recoveryCode') : t('fields.totpCode')}
          {...form.getInputProps('code')}
        />
        <Button type="submit" loading={pending}>
          {t('signIn.verify')}
        </Button>
        <Anchor component="button" type="button" onClick={switchMode} ta="left">
          {isRecovery ? t('signIn.useApp') : t('signIn.useRecovery')}
        </Anchor>
      </Stack>
    </form>
  );
}
