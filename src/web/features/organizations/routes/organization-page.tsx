import { Group, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { useOrganization } from '../api/get-organization.ts';
import { InvitationsSection, PeopleSection, ProgramsSection } from '../components/organization-sections.tsx';

const route = getRouteApi('/_app/orgs/$orgId');

/** An organization admin's workplace: programs, people and invitations. */
export function OrganizationPage() {
  const { t } = useTranslation();
  const { orgId } = route.useParams();
  const organization = useOrganization(orgId);
  const name = organization.data?.name ?? t('organization.title');
  return (
    <Page
      title={name}
      intro={
        organization.data && (
          <Group gap="lg">
            <Text>
              {t(`kinds.${organization.data.kind}`)} · {organization.data.timeZone}
            </Text>
            <AnchorLink to="/orgs/$orgId/audit" params={{ orgId }}>
              {t('nav.auditLog')}
            </AnchorLink>
            <AnchorLink to="/orgs/$orgId/outbox" params={{ orgId }}>
              {t('nav.outbox')}
            </AnchorLink>
          </Group>
        )
      }
    >
      {organization.isError ? (
        <ErrorAlert error={organization.error} />
      ) : (
        <>
          <ProgramsSection orgId={orgId} />
          <PeopleSection orgId={orgId} />
          <InvitationsSection orgId={orgId} />
        </>
      )}
    </Page>
  );
}
