import { Alert, Anchor, Button, CopyButton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Without a mail server the invitation only reaches the outbox, so the API gives the inviter the
 * link to pass on in person. It signs someone up: show it to the inviter only.
 */
export function HandoverLink({ email, url }: { email: string; url: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" role="status" title={t('handover.title', { email })}>
      <Stack gap="xs">
        <Text size="sm">{t('handover.explain')}</Text>
        <Anchor href={url} size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="invitation-link">
          {url}
        </Anchor>
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy} style={{ alignSelf: 'flex-start' }}>
              {copied ? t('handover.copied') : t('handover.copy')}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}
