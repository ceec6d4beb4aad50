import { Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CodeInput } from '../../../components/code-input.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { totpCode } from '../../../lib/validation.ts';
import { useVerifyTotp } from '../api/verify-totp.ts';

/** Step 3: a code from the app proves it holds the secret; only then is two-factor turned on. */
export function EnrolConfirmStep({ onEnabled }: { onEnabled: () => void }) {
  const { t } = useTranslation();
  const verify = useVerifyTotp();
  const form = useForm({ initialValues: { code: '' }, validate: { code: totpCode } });
  return (
    <form onSubmit={form.onSubmit((values) => verify.mutate(values.code, { onSuccess: onEnabled }))} noValidate>
      <Stack>
        <Text>{t('twoFactor.confirmExplain')}</Text>
        <ErrorAlert error={verify.error} title={t('signIn.codeFailed')} />
        <CodeInput isTotp label={t('fields.totpCode')} {...form.getInputProps('code')} />
        <Button type="submit" loading={verify.isPending}>
          {t('twoFactor.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
