import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { useMe } from '../../../lib/session/get-me.ts';
import { useOrganizationAuditEvents } from '../api/list-organization-audit-events.ts';
import { AuditLog } from '../components/audit-log.tsx';

const route = getRouteApi('/_app/orgs/$orgId/audit');

export function OrganizationAuditPage() {
  const { t } = useTranslation();
  const { orgId } = route.useParams();
  const { before } = route.useSearch();
  const query = useOrganizationAuditEvents(orgId, before);
  const organizationName = useMe().data?.roles.find((r) => r.organizationId === orgId)?.organizationName ?? '';
  return (
    <Page title={t('audit.orgTitle', { organization: organizationName })}>
      <AuditLog
        query={query}
        before={before}
        newestLink={
          <AnchorLink to="/orgs/$orgId/audit" params={{ orgId }} search={{}}>
            {t('audit.newest')}
          </AnchorLink>
        }
        olderLink={(seq) => (
          <AnchorLink to="/orgs/$orgId/audit" params={{ orgId }} search={{ before: seq }}>
            {t('audit.older')}
          </AnchorLink>
        )}
      />
    </Page>
  );
}
