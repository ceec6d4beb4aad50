import { Box, Container, Group } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Brand } from './brand.tsx';
import { HeaderActions } from './header-actions.tsx';
import { SkipLink } from './skip-link.tsx';

/** The frame of pages outside the app shell (setup, sign-in, invitations): header and main. */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Box component="header" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between">
          <Brand />
          <HeaderActions />
        </Group>
      </Box>
      <Container component="main" id="main" size="md" py="xl" tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </Container>
    </>
  );
}

export function PublicLayout() {
  return (
    <PublicFrame>
      <Outlet />
    </PublicFrame>
  );
}
