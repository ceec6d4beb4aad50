import { Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PasswordInput } from '../../../components/password-input.tsx';
import { required } from '../../../lib/validation.ts';
import { type TwoFactorSecret, useEnableTwoFactor } from '../api/enable-two-factor.ts';

/** Step 1: the password again, so a borrowed unlocked session cannot enrol someone else's phone. */
export function EnrolPasswordStep({ onSecret }: { onSecret: (secret: TwoFactorSecret) => void }) {
  const { t } = useTranslation();
  const enable = useEnableTwoFactor();
  const form = useForm({ initialValues: { password: '' }, validate: { password: required } });
  return (
    <form onSubmit={form.onSubmit((values) => enable.mutate(values.password, { onSuccess: onSecret }))} noValidate>
      <Stack>
        <Text>{t('twoFactor.passwordExplain')}</Text>
        <ErrorAlert error={enable.error} />
        <PasswordInput
          label={t('fields.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={enable.isPending}>
          {t('twoFactor.start')}
        </Button>
      </Stack>
    </form>
  );
}
