import { ActionIcon, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Loading } from '../../../components/loading.tsx';
import { refetchOnMatchChange } from '../../../lib/use-live-updates.ts';
import { notificationsQueryKey, useNotifications } from '../api/list-notifications.ts';
import { useMarkNotificationsRead } from '../api/mark-notifications-read.ts';
import { NoticeList } from './notice-list.tsx';

const SHOWN_IN_POPOVER = 8;

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" aria-hidden="true" focusable="false">
      <path
        d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The header's bell: how many notices are unread (in its name, not only in the badge), and a
 * popover with the latest ones, "mark all read" and the way to all of them.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [isOpen, { toggle, close }] = useDisclosure(false);
  const notices = useNotifications();
  const markRead = useMarkNotificationsRead();
  const titleId = useId();
  const unread = notices.data?.unread ?? 0;
  // A page showing live updates also brings new notices at once (a change to a match often makes one).
  useEffect(() => refetchOnMatchChange(() => [notificationsQueryKey]), []);
  return (
    <Popover
      opened={isOpen}
      onDismiss={close}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
      returnFocus
      withinPortal
    >
      {/* The count is in the button's name; the badge beside it is for the eye only. */}
      <Indicator
        label={<span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>}
        disabled={unread === 0}
        color="red"
        size={18}
        offset={4}
      >
        <Popover.Target>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={toggle}
            aria-label={t('notifications.bellLabel', { count: unread })}
            aria-expanded={isOpen}
            aria-haspopup="dialog"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown role="dialog" aria-labelledby={titleId}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={700} id={titleId}>
              {t('notifications.title')}
            </Text>
            {unread > 0 && (
              <Button
                size="compact-xs"
                variant="subtle"
                loading={markRead.isPending}
                onClick={() => markRead.mutate(undefined)}
              >
                {t('notifications.markAllRead')}
              </Button>
            )}
          </Group>
          <Text size="sm" role="status">
            {t('notifications.unreadCount', { count: unread })}
          </Text>
          <ErrorAlert error={markRead.error} />
          {notices.isPending && <Loading />}
          {notices.isError && <ErrorAlert error={notices.error} />}
          {notices.data && (
            <ScrollArea.Autosize mah={360} type="auto">
              <NoticeList notices={notices.data.notifications.slice(0, SHOWN_IN_POPOVER)} onFollow={close} />
            </ScrollArea.Autosize>
          )}
          <Divider />
          <AnchorLink to="/notifications" size="sm" onClick={close}>
            {t('notifications.seeAll')}
          </AnchorLink>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
