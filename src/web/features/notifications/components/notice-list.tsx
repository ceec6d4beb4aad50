import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { useMarkNotificationsRead } from '../api/mark-notifications-read.ts';
import type { Notice } from '../api/types.ts';

interface NoticeListProps {
  notices: Notice[];
  /** Called after a notice's link is followed (the popover closes). */
  onFollow?: () => void;
}

/** Notices newest first, each a link to its page; following one marks it read. */
export function NoticeList({ notices, onFollow }: NoticeListProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkNotificationsRead();
  if (notices.length === 0) return <Text size="sm">{t('notifications.none')}</Text>;
  const follow = (notice: Notice) => (event: MouseEvent<HTMLAnchorElement>) => {
    // Links are paths inside Trellis: the router takes them, a new tab (ctrl/cmd-click) is left alone.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (!notice.readAt) markRead.mutate([notice.id]);
    onFollow?.();
    void navigate({ href: notice.link });
  };
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {notices.map((notice) => (
        <li key={notice.id}>
          <Group gap="xs" wrap="nowrap" align="start">
            <Text component="span" fw={700} c="trellis.8" aria-hidden="true" w={10}>
              {notice.readAt ? '' : '•'}
            </Text>
            <Stack gap={2}>
              <Anchor href={notice.link} onClick={follow(notice)} fw={notice.readAt ? 400 : 700} size="sm">
                {notice.readAt ? notice.message : t('notifications.unreadMessage', { message: notice.message })}
              </Anchor>
              <Text size="xs" c="dimmed">
                {formatDateTime(notice.createdAt)}
              </Text>
            </Stack>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
