import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import classes from './handover-card.module.css';

interface HandoverCardProps {
  name: string;
  username: string;
  code: string;
  expiresAt: string;
}

/**
 * What the coordinator hands the young person: the code is shown this once (only its hash is
 * kept), so the card says so and can be printed on its own.
 */
export function HandoverCard({ name, username, code, expiresAt }: HandoverCardProps) {
  const { t } = useTranslation();
  const setUpUrl = `${window.location.origin}/set-up-account`;
  return (
    <Stack gap="sm">
      <Alert
        color="trellis"
        variant="light"
        role="status"
        className={classes.noPrint}
        title={t('youngAccounts.shownOnce')}
      >
        {t('youngAccounts.shownOnceExplain')}
      </Alert>
      <Paper withBorder p="lg" className={classes.card} data-testid="handover-card">
        <Stack gap="xs">
          <Title order={3}>{t('youngAccounts.cardTitle', { name })}</Title>
          <Text>{t('youngAccounts.cardStep1', { url: setUpUrl })}</Text>
          <Text>{t('youngAccounts.cardUsername')}</Text>
          <Text className={classes.code} data-testid="handover-username">
            {username}
          </Text>
          <Text>{t('youngAccounts.cardCode')}</Text>
          <Text className={classes.code} data-testid="handover-code">
            {code}
          </Text>
          <Text size="sm">{t('youngAccounts.cardExpires', { date: formatDateTime(expiresAt) })}</Text>
        </Stack>
      </Paper>
      <Button
        variant="default"
        className={classes.noPrint}
        onClick={() => window.print()}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('youngAccounts.print')}
      </Button>
    </Stack>
  );
}
