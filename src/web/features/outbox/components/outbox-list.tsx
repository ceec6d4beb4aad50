import { Accordion, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/status-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { OutboxMail } from '../api/types.ts';
import { LinkifiedText } from './linkified-text.tsx';

const toneOf: Record<OutboxMail['status'], Tone> = { kept: 'neutral', queued: 'pending', sent: 'good', failed: 'bad' };

/** One row per email; opening a row shows the body with its links clickable. */
export function OutboxList({ mails }: { mails: OutboxMail[] }) {
  const { t } = useTranslation();
  if (mails.length === 0) return <Text>{t('outbox.none')}</Text>;
  return (
    <Accordion variant="separated" multiple>
      {mails.map((mail) => (
        <Accordion.Item key={mail.id} value={mail.id}>
          <Accordion.Control>
            <Stack gap={2}>
              <Text fw={600}>{mail.subject}</Text>
              <Group gap="md">
                <Text size="sm">{t('outbox.to', { to: mail.to })}</Text>
                <Text size="sm">
                  <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt)}</time>
                </Text>
                <StatusBadge tone={toneOf[mail.status]}>{t(`outbox.status.${mail.status}`)}</StatusBadge>
              </Group>
            </Stack>
          </Accordion.Control>
          <Accordion.Panel>
            <LinkifiedText text={mail.text} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
