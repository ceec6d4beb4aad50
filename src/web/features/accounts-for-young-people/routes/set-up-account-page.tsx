import { Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { Page } from '../../../components/page.tsx';
import { PasswordInput } from '../../../components/password-input.tsx';
import { password, required, sameAs } from '../../../lib/validation.ts';
import { useRedeemSetupCode } from '../api/redeem-setup-code.ts';

/** Public: a young person types the username and code from their card and chooses a password. */
export function SetUpAccountPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const redeem = useRedeemSetupCode();
  const form = useForm({
    initialValues: { username: '', code: '', newPassword: '', confirmPassword: '' },
    validate: {
      username: required,
      code: required,
      newPassword: password,
      confirmPassword: (value, values) => sameAs(values.newPassword)(value),
    },
  });
  const submit = form.onSubmit((values) =>
    redeem.mutate(
      { username: values.username.trim().toLowerCase(), code: values.code.trim(), password: values.newPassword },
      { onSuccess: () => void navigate({ to: '/' }) },
    ),
  );
  return (
    <Page title={t('youngAccounts.setUpTitle')}>
      <Paper withBorder p="lg" maw={440}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text>{t('youngAccounts.setUpIntro')}</Text>
            <ErrorAlert error={redeem.error} title={t('youngAccounts.setUpFailed')} />
            <TextInput
              label={t('youngAccounts.username')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              {...form.getInputProps('username')}
            />
            <TextInput
              label={t('youngAccounts.code')}
              description={t('youngAccounts.codeHint')}
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              required
              {...form.getInputProps('code')}
            />
            <PasswordInput
              label={t('fields.newPassword')}
              description={t('fields.passwordHint')}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label={t('fields.confirmPassword')}
              autoComplete="new-password"
              required
              {...form.getInputProps('confirmPassword')}
            />
            <Button type="submit" loading={redeem.isPending}>
              {t('youngAccounts.setUpSubmit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
