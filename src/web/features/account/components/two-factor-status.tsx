import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import type { Me } from '../../../lib/session/get-me.ts';

/** Whether sign-in asks for a code, and the way to turn it on when it does not. */
export function TwoFactorStatus({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" align="flex-start">
      <Group gap="xs">
        <Text fw={600}>{t('fields.twoFactor')}:</Text>
        <StatusBadge tone={me.twoFactorEnabled ? 'good' : 'neutral'}>
          {me.twoFactorEnabled ? t('account.twoFactorOn') : t('account.twoFactorOff')}
        </StatusBadge>
      </Group>
      {me.twoFactorEnabled ? (
        <Text>{me.twoFactorRequired ? t('account.twoFactorRequiredOn') : t('account.twoFactorOnExplain')}</Text>
      ) : (
        <>
          <Text>{t('account.twoFactorOffExplain')}</Text>
          <AnchorLink to="/two-factor">{t('account.setUpTwoFactor')}</AnchorLink>
        </>
      )}
    </Stack>
  );
}
