import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { Section } from '../../../components/section.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useMe } from '../../../lib/session/get-me.ts';
import { ChangePasswordForm } from '../components/change-password-form.tsx';
import { ProfileForm } from '../components/profile-form.tsx';
import { TwoFactorStatus } from '../components/two-factor-status.tsx';

/** The signed-in person's own settings: name, language, password and two-factor. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return <Loading />;
  return (
    <Page
      title={t('account.title')}
      intro={
        me.email ? (
          <Group gap="xs">
            <Text>{t('account.email', { email: me.email })}</Text>
            <StatusBadge tone={me.emailVerified ? 'good' : 'pending'}>
              {me.emailVerified ? t('account.emailVerified') : t('account.emailUnverified')}
            </StatusBadge>
          </Group>
        ) : (
          <Text>{t('youngAccounts.noEmail')}</Text>
        )
      }
    >
      <Section title={t('account.profileTitle')}>
        <ProfileForm me={me} />
      </Section>
      <Section title={t('reminders.title')}>
        <Text>{t('reminders.accountExplain')}</Text>
        <AnchorLink to="/account/reminders">{t('reminders.link')}</AnchorLink>
      </Section>
      <Section title={t('account.passwordTitle')}>
        <ChangePasswordForm />
      </Section>
      <Section title={t('account.twoFactorTitle')}>
        <TwoFactorStatus me={me} />
      </Section>
    </Page>
  );
}
