import { Stack, Text } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLinkLink } from '../components/links.tsx';
import type { Me } from '../lib/session/get-me.ts';

function NavGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} role="group" aria-label={label}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="sm" aria-hidden="true">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** What the person's roles let them open; nothing they could not use. */
export function AppNav({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const adminOrgs = [...new Map(me.roles.filter((r) => r.role === 'admin').map((r) => [r.organizationId, r])).values()];
  const coordinated = me.roles.filter((r) => r.role === 'coordinator' && r.programId);
  return (
    <Stack gap={4}>
      <NavLinkLink to="/" label={t('nav.home')} active={pathname === '/'} onClick={onNavigate} />
      {me.isInstanceAdmin && (
        <NavGroup label={t('nav.instance')}>
          <NavLinkLink
            to="/instance/audit"
            label={t('nav.auditLog')}
            active={pathname === '/instance/audit'}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/instance/outbox"
            label={t('nav.outbox')}
            active={pathname === '/instance/outbox'}
            onClick={onNavigate}
          />
        </NavGroup>
      )}
      {adminOrgs.map((role) => {
        const base = `/orgs/${role.organizationId}`;
        const params = { orgId: role.organizationId };
        return (
          <NavGroup key={role.organizationId} label={role.organizationName}>
            <NavLinkLink
              to="/orgs/$orgId"
              params={params}
              label={t('nav.organization')}
              active={pathname === base}
              onClick={onNavigate}
            />
            <NavLinkLink
              to="/orgs/$orgId/audit"
              params={params}
              label={t('nav.auditLog')}
              active={pathname === `${base}/audit`}
              onClick={onNavigate}
            />
            <NavLinkLink
              to="/orgs/$orgId/outbox"
              params={params}
              label={t('nav.outbox')}
              active={pathname === `${base}/outbox`}
              onClick={onNavigate}
            />
          </NavGroup>
        );
      })}
      {coordinated.length > 0 && (
        <NavGroup label={t('nav.programs')}>
          {coordinated.map((role) => (
            <NavLinkLink
              key={role.assignmentId}
              to="/programs/$programId"
              params={{ programId: role.programId! }}
              label={role.programName ?? ''}
              active={pathname === `/programs/${role.programId}`}
              onClick={onNavigate}
            />
          ))}
        </NavGroup>
      )}
      <NavLinkLink to="/account" label={t('nav.account')} active={pathname === '/account'} onClick={onNavigate} />
    </Stack>
  );
}
