import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { useInstanceOutbox } from '../api/list-instance-outbox.ts';
import { OutboxExplainer } from '../components/outbox-explainer.tsx';
import { OutboxList } from '../components/outbox-list.tsx';

export function InstanceOutboxPage() {
  const { t } = useTranslation();
  const outbox = useInstanceOutbox();
  return (
    <Page title={t('outbox.instanceTitle')}>
      <OutboxExplainer />
      <QueryContent query={outbox}>{(mails) => <OutboxList mails={mails} />}</QueryContent>
    </Page>
  );
}
