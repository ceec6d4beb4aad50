import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useNotifications } from '../api/list-notifications.ts';
import { useMarkNotificationsRead } from '../api/mark-notifications-read.ts';
import { NoticeList } from '../components/notice-list.tsx';

/** All the person's latest notices (the server keeps the newest 50 in view), and "mark all read". */
export function NotificationsPage() {
  const { t } = useTranslation();
  const notices = useNotifications();
  const markRead = useMarkNotificationsRead();
  const unread = notices.data?.unread ?? 0;
  return (
    <Page
      title={t('notifications.title')}
      intro={
        <Group gap="lg">
          <Text>{t('notifications.intro')}</Text>
          <AnchorLink to="/account/reminders">{t('reminders.link')}</AnchorLink>
        </Group>
      }
    >
      <Section title={t('notifications.listTitle')}>
        <ErrorAlert error={markRead.error} />
        <QueryContent query={notices}>
          {(list) => (
            <>
              <Group justify="space-between">
                <Text role="status">{t('notifications.unreadCount', { count: unread })}</Text>
                {unread > 0 && (
                  <Button variant="default" loading={markRead.isPending} onClick={() => markRead.mutate(undefined)}>
                    {t('notifications.markAllRead')}
                  </Button>
                )}
              </Group>
              <NoticeList notices={list.notifications} />
            </>
          )}
        </QueryContent>
      </Section>
    </Page>
  );
}
