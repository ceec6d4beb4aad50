import { Button, Collapse, List, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/section.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { ScheduleEvent } from '../api/types.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';

/** Every change to the schedule, newest first: who, what, when, and the reason given. */
export function ChangeLog({ view }: { view: ScheduleView }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const listId = useId();
  const events = [...view.schedule.events].reverse();
  const who = (event: ScheduleEvent) =>
    event.actorRole === 'mentor' || event.actorRole === 'mentee'
      ? view.nameOf(event.actorRole)
      : t(`schedule.log.actors.${event.actorRole === 'coordinator' ? 'coordinator' : 'system'}`);
  return (
    <Section title={t('schedule.log.title')}>
      {events.length === 0 ? (
        <Text>{t('schedule.log.none')}</Text>
      ) : (
        <Stack gap="xs">
          <Button
            variant="subtle"
            style={{ alignSelf: 'flex-start' }}
            aria-expanded={isOpen}
            aria-controls={listId}
            onClick={() => setIsOpen(!isOpen)}
          >
            {isOpen ? t('schedule.log.hide') : t('schedule.log.show', { count: events.length })}
          </Button>
          <Collapse expanded={isOpen} id={listId}>
            <List spacing="xs">
              {events.map((event) => (
                <List.Item key={event.id}>
                  <Text size="sm">
                    {t('schedule.log.line', {
                      when: formatDateTime(event.at),
                      who: who(event),
                      what: t(`schedule.log.kinds.${event.kind}`),
                    })}
                    {typeof event.detail.reason === 'string' &&
                      ` ${t('schedule.reasonGiven', { reason: event.detail.reason })}`}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Collapse>
        </Stack>
      )}
    </Section>
  );
}
