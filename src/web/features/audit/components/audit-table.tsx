import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/status-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { i18n } from '../../../lib/i18n.ts';
import type { AuditEvent } from '../api/types.ts';

const toneOf: Record<AuditEvent['outcome'], Tone> = { success: 'good', denied: 'bad', failed: 'bad' };
const specialActors = ['operator', 'anonymous', 'system'] as const;
const short = (value: string) => (value.length > 12 ? `${value.slice(0, 12)}…` : value);

/** Known actions in words; a new action the server learned shows as its code until translated. */
function actionLabel(action: string): string {
  const key = `audit.actions.${action}`;
  return i18n.exists(key) ? i18n.t(key) : action;
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Text>{t('audit.none')}</Text>;
  const actorLabel = (event: AuditEvent) => {
    const special = specialActors.find((a) => a === event.actor);
    if (special) return t(`audit.actors.${special}`);
    return event.actorName ?? t('audit.pseudonym', { id: short(event.actor) });
  };
  const targetLabel = (event: AuditEvent) => {
    if (!event.target) return '';
    const type = event.targetType ?? '';
    return event.targetName ? `${event.targetName} (${type})` : `${type} ${short(event.target)}`;
  };
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.target')}</Table.Th>
            <Table.Th scope="col">{t('audit.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              </Table.Td>
              <Table.Td>{actorLabel(event)}</Table.Td>
              <Table.Td>
                {actionLabel(event.action)}
                <Text size="xs" c="dimmed" ff="monospace">
                  {event.action} · #{event.seq}
                </Text>
              </Table.Td>
              <Table.Td>{targetLabel(event)}</Table.Td>
              <Table.Td>
                <StatusBadge tone={toneOf[event.outcome]}>{t(`audit.outcomes.${event.outcome}`)}</StatusBadge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
