import { Alert, Button, CopyButton, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCreateCalendarFeed } from '../api/create-calendar-feed.ts';
import { useCalendarFeed } from '../api/get-calendar-feed.ts';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed.ts';

/** The address just made, shown this once, with a copy button and how to subscribe to it. */
function NewFeedAddress({ url }: { url: string }) {
  const { t } = useTranslation();
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, []);
  return (
    <Stack gap="sm">
      <Alert color="blue" variant="light" title={t('calendarFeed.newTitle')}>
        {t('calendarFeed.onlyOnce')}
      </Alert>
      <Group align="end" gap="xs" wrap="nowrap">
        <TextInput
          ref={fieldRef}
          label={t('calendarFeed.address')}
          value={url}
          readOnly
          style={{ flex: 1 }}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'light' : 'filled'} onClick={copy}>
              {copied ? t('calendarFeed.copied') : t('calendarFeed.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Title order={3}>{t('calendarFeed.howTitle')}</Title>
      <List spacing="xs">
        <List.Item>{t('calendarFeed.howGoogle')}</List.Item>
        <List.Item>{t('calendarFeed.howOutlook')}</List.Item>
        <List.Item>{t('calendarFeed.howApple')}</List.Item>
      </List>
      <Text size="sm">{t('calendarFeed.howOften')}</Text>
    </Stack>
  );
}

/**
 * A private calendar feed: one secret address that Google Calendar, Outlook or Apple Calendar
 * subscribe to, showing all the person's meetings. Getting a new address turns the old one off.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const madeNow = create.data?.url ?? null;
  return (
    <Section title={t('calendarFeed.title')}>
      <Text>{t('calendarFeed.explain')}</Text>
      <ErrorAlert error={create.error ?? revoke.error} />
      <QueryContent query={feed}>
        {(status) => (
          <Stack>
            <Text role="status">
              {status.createdAt
                ? t('calendarFeed.isOn', {
                    since: formatDateTime(status.createdAt),
                    fetched: status.lastFetchedAt
                      ? t('calendarFeed.lastRead', { when: formatDateTime(status.lastFetchedAt) })
                      : t('calendarFeed.neverRead'),
                  })
                : t('calendarFeed.isOff')}
            </Text>
            {madeNow && status.createdAt && <NewFeedAddress key={madeNow} url={madeNow} />}
            {status.createdAt ? (
              <Group gap="sm">
                <ConfirmButton
                  label={t('calendarFeed.renew')}
                  ariaLabel={t('calendarFeed.renew')}
                  confirmLabel={t('calendarFeed.renewConfirm')}
                  isPending={create.isPending}
                  onConfirm={() => {
                    revoke.reset();
                    create.mutate();
                  }}
                />
                <ConfirmButton
                  label={t('calendarFeed.turnOff')}
                  ariaLabel={t('calendarFeed.turnOff')}
                  confirmLabel={t('calendarFeed.turnOffConfirm')}
                  isPending={revoke.isPending}
                  onConfirm={() => {
                    create.reset();
                    revoke.mutate();
                  }}
                />
              </Group>
            ) : (
              <Group>
                <Button loading={create.isPending} onClick={() => create.mutate()}>
                  {t('calendarFeed.create')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </QueryContent>
    </Section>
  );
}
