import { Alert, Button, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { PasswordInput } from '../../../components/password-input.tsx';
import { password, sameAs } from '../../../lib/validation.ts';
import { useResetPassword } from '../api/reset-password.ts';

const route = getRouteApi('/_public/reset-password');

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = route.useSearch();
  const reset = useResetPassword();
  const form = useForm({
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: { newPassword: password, confirmPassword: (value, values) => sameAs(values.newPassword)(value) },
  });
  const body = !token ? (
    <Alert color="red" variant="light" role="alert" title={t('reset.noTokenTitle')}>
      {t('reset.noToken')}
    </Alert>
  ) : reset.isSuccess ? (
    <Stack>
      <Alert color="trellis" variant="light" role="status" title={t('reset.doneTitle')}>
        {t('reset.done')}
      </Alert>
      <AnchorLink to="/sign-in">{t('common.goToSignIn')}</AnchorLink>
    </Stack>
  ) : (
    <form onSubmit={form.onSubmit((values) => reset.mutate({ token, newPassword: values.newPassword }))} noValidate>
      <Stack>
        <ErrorAlert error={reset.error} />
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
        <Button type="submit" loading={reset.isPending}>
          {t('reset.submit')}
        </Button>
      </Stack>
    </form>
  );
  return (
    <Page title={t('reset.title')}>
      <Paper withBorder p="lg" maw={440}>
        {body}
      </Paper>
    </Page>
  );
}
