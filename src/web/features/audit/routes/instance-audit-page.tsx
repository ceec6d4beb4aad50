import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { useInstanceAuditEvents } from '../api/list-instance-audit-events.ts';
import { AuditLog } from '../components/audit-log.tsx';

const route = getRouteApi('/_app/instance/audit');

/** Setup, organizations created, and every sign-in attempt across the instance. */
export function InstanceAuditPage() {
  const { t } = useTranslation();
  const { before } = route.useSearch();
  const query = useInstanceAuditEvents(before);
  return (
    <Page title={t('audit.instanceTitle')}>
      <AuditLog
        query={query}
        before={before}
        newestLink={
          <AnchorLink to="/instance/audit" search={{}}>
            {t('audit.newest')}
          </AnchorLink>
        }
        olderLink={(seq) => (
          <AnchorLink to="/instance/audit" search={{ before: seq }}>
            {t('audit.older')}
          </AnchorLink>
        )}
      />
    </Page>
  );
}
