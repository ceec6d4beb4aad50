import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/loading.tsx';
import { EmailVerificationNotice } from '../features/auth/components/email-verification-notice.tsx';
import { useMe } from '../lib/session/get-me.ts';
import { AppNav } from './app-nav.tsx';
import { Brand } from './brand.tsx';
import { HeaderActions } from './header-actions.tsx';
import { SkipLink } from './skip-link.tsx';

/** Signed-in pages: header (person, language, sign out), navigation by role, and the page. */
export function AppShellLayout() {
  const { t } = useTranslation();
  const [isNavOpen, { toggle, close }] = useDisclosure(false);
  const me = useMe().data;
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={isNavOpen ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={isNavOpen}
              aria-controls="app-nav"
            />
            <Brand />
          </Group>
          <HeaderActions />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="app-nav" aria-label={t('nav.label')}>
        {me && <AppNav me={me} onNavigate={close} />}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        {me ? (
          <>
            <EmailVerificationNotice me={me} />
            <Outlet />
          </>
        ) : (
          <Loading />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
