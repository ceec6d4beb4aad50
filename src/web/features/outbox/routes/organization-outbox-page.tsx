import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { useMe } from '../../../lib/session/get-me.ts';
import { useOrganizationOutbox } from '../api/list-organization-outbox.ts';
import { OutboxExplainer } from '../components/outbox-explainer.tsx';
import { OutboxList } from '../components/outbox-list.tsx';

const route = getRouteApi('/_app/orgs/$orgId/outbox');

export function OrganizationOutboxPage() {
  const { t } = useTranslation();
  const { orgId } = route.useParams();
  const outbox = useOrganizationOutbox(orgId);
  const organizationName = useMe().data?.roles.find((r) => r.organizationId === orgId)?.organizationName ?? '';
  return (
    <Page title={t('outbox.orgTitle', { organization: organizationName })}>
      <OutboxExplainer />
      <QueryContent query={outbox}>{(mails) => <OutboxList mails={mails} />}</QueryContent>
    </Page>
  );
}
