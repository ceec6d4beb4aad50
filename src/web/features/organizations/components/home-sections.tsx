import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import type { Me, RoleAssignment } from '../../../lib/session/get-me.ts';
import { useOrganizations } from '../api/list-organizations.ts';
import { CreateOrganizationForm } from './create-organization-form.tsx';
import { InviteAdminForm } from './invite-admin-form.tsx';
import { OrganizationsTable } from './organizations-table.tsx';
import { ProgramCards } from './program-cards.tsx';

const organizationsOf = (assignments: RoleAssignment[]) => [
  ...new Map(assignments.map((a) => [a.organizationId, a.organizationName])).entries(),
];

export function InstanceAdminSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const organizations = useOrganizations();
  const adminOf = new Set(me.roles.filter((r) => r.role === 'admin').map((r) => r.organizationId));
  return (
    <Section title={t('home.instanceTitle')}>
      <Text>{t('home.instanceExplain')}</Text>
      <QueryContent query={organizations}>
        {(data) => (
          <>
            <OrganizationsTable organizations={data} adminOf={adminOf} />
            <Stack gap="sm">
              <Title order={3}>{t('organizations.createTitle')}</Title>
              <CreateOrganizationForm />
            </Stack>
            {data.length > 0 && (
              <Stack gap="sm">
                <Title order={3}>{t('organizations.inviteAdminTitle')}</Title>
                <Text>{t('organizations.inviteAdminExplain')}</Text>
                <InviteAdminForm organizations={data} />
              </Stack>
            )}
          </>
        )}
      </QueryContent>
    </Section>
  );
}

export function OrganizationAdminSection({ assignments }: { assignments: RoleAssignment[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('home.adminTitle')}>
      <Text>{t('home.adminExplain')}</Text>
      <List>
        {organizationsOf(assignments).map(([orgId, name]) => (
          <List.Item key={orgId}>
            <AnchorLink to="/orgs/$orgId" params={{ orgId }}>
              {name}
            </AnchorLink>
          </List.Item>
        ))}
      </List>
    </Section>
  );
}

export function CoordinatorSection({ assignments }: { assignments: RoleAssignment[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('home.coordinatorTitle')}>
      <Text>{t('home.coordinatorExplain')}</Text>
      <ProgramCards assignments={assignments} linkToProgram />
    </Section>
  );
}

export function SafeguardingSection({ assignments }: { assignments: RoleAssignment[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('home.safeguardingTitle')}>
      <List>
        {organizationsOf(assignments).map(([orgId, name]) => (
          <List.Item key={orgId}>{name}</List.Item>
        ))}
      </List>
      <Text>{t('home.safeguardingExplain')}</Text>
    </Section>
  );
}
