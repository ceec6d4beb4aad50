import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { Me } from '../../../lib/session/get-me.ts';
import { useSendVerificationEmail } from '../api/send-verification-email.ts';

/**
 * Asks people whose address is not confirmed yet to confirm it. Not an alert: it is shown on
 * every page and should not interrupt a screen reader each time.
 */
export function EmailVerificationNotice({ me }: { me: Me }) {
  const { t } = useTranslation();
  const send = useSendVerificationEmail();
  // Username-only accounts have no address to verify.
  if (me.emailVerified || !me.email) return null;
  const address = me.email;
  return (
    <Alert
      color="blue"
      variant="light"
      role="region"
      title={t('verifyEmail.noticeTitle')}
      mb="lg"
      data-testid="email-verification-notice"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('verifyEmail.notice', { email: address })}</Text>
        {/* Present from the start, so screen readers announce the confirmation when it appears. */}
        <Text size="sm" role="status" fw={send.isSuccess ? 600 : undefined}>
          {send.isSuccess ? t('verifyEmail.sent', { email: address }) : ''}
        </Text>
        <ErrorAlert error={send.error} />
        <Button size="xs" variant="default" loading={send.isPending} onClick={() => send.mutate(address)}>
          {send.isSuccess ? t('verifyEmail.sendAgain') : t('verifyEmail.send')}
        </Button>
      </Stack>
    </Alert>
  );
}
