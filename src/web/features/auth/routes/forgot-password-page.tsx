import { Alert, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { isApiError } from '../../../lib/api.ts';
import { email } from '../../../lib/validation.ts';
import { useRequestPasswordReset } from '../api/request-password-reset.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({ initialValues: { email: '' }, validate: { email } });
  // Only a refusal to try (rate limit, network) is shown: whether the address has an account is never revealed.
  const isRefused = isApiError(request.error) && ['RATE_LIMITED', 'NETWORK'].includes(request.error.code);
  const isSent = request.isSuccess || (request.isError && !isRefused);
  return (
    <Page title={t('forgot.title')} intro={<Text>{t('forgot.intro')}</Text>}>
      <Paper withBorder p="lg" maw={440}>
        {isSent ? (
          <Stack>
            <Alert color="trellis" variant="light" role="status" title={t('forgot.sentTitle')}>
              {t('forgot.sent')}
            </Alert>
            <AnchorLink to="/sign-in">{t('common.backToSignIn')}</AnchorLink>
          </Stack>
        ) : (
          <form onSubmit={form.onSubmit((values) => request.mutate(values.email))} noValidate>
            <Stack>
              {isRefused && <ErrorAlert error={request.error} />}
              <TextInput
                label={t('fields.email')}
                type="email"
                autoComplete="email"
                required
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={request.isPending}>
                {t('forgot.submit')}
              </Button>
              <AnchorLink to="/sign-in">{t('common.backToSignIn')}</AnchorLink>
            </Stack>
          </form>
        )}
      </Paper>
    </Page>
  );
}
