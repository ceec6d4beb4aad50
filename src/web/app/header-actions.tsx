import { Button, Group } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { AnchorLink } from '../components/links.tsx';
import { NotificationBell } from '../features/notifications/components/notification-bell.tsx';
import { mustEnrolTwoFactor, useMe } from '../lib/session/get-me.ts';
import { useSignOut } from '../lib/session/sign-out.ts';

/** Who is signed in (a link to their account settings), their notices, the language, and the way out. */
export function HeaderActions() {
  const { t } = useTranslation();
  const me = useMe().data;
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Group gap="sm" wrap="nowrap">
      {me && (
        <AnchorLink to="/account" size="sm" visibleFrom="sm" data-testid="signed-in-as">
          {t('nav.signedInAs', { name: me.name })}
        </AnchorLink>
      )}
      {me && !mustEnrolTwoFactor(me) && <NotificationBell />}
      <LanguageSwitch />
      {me && (
        <Button
          size="xs"
          variant="default"
          loading={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate({ to: '/sign-in' }) })}
        >
          {t('nav.signOut')}
        </Button>
      )}
    </Group>
  );
}
