import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { formatDate } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { ProgramMeeting } from '../api/types.ts';
import { weekStartOf } from '../lib/month-range.ts';
import { MeetingStatusBadge } from './meeting-status-badge.tsx';

function groupByWeek(meetings: ProgramMeeting[]): [string, ProgramMeeting[]][] {
  const weeks = new Map<string, ProgramMeeting[]>();
  for (const meeting of meetings) {
    const week = weekStartOf(meeting.startsAt);
    weeks.set(week, [...(weeks.get(week) ?? []), meeting]);
  }
  return [...weeks.entries()];
}

/** Meetings week by week (a heading and a table each), in the reader's local time. */
export function MeetingsAgenda({ meetings }: { meetings: ProgramMeeting[] }) {
  const { t } = useTranslation();
  if (meetings.length === 0) return <Text>{t('programCalendar.none')}</Text>;
  const when = new Intl.DateTimeFormat(currentLanguage(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  const until = new Intl.DateTimeFormat(currentLanguage(), { hour: 'numeric', minute: '2-digit' });
  return (
    <Stack gap="lg">
      {groupByWeek(meetings).map(([week, list]) => {
        const heading = t('programCalendar.weekOf', { date: formatDate(week) });
        return (
          <Stack key={week} gap="xs">
            <Title order={3}>{heading}</Title>
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('programCalendar.when')}</Table.Th>
                    <Table.Th scope="col">{t('programCalendar.pair')}</Table.Th>
                    <Table.Th scope="col">{t('fields.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((meeting) => {
                    const names = { mentee: meeting.menteeName, mentor: meeting.mentorName };
                    return (
                      <Table.Tr key={meeting.id}>
                        <Table.Td>
                          {when.format(new Date(meeting.startsAt))}–{until.format(new Date(meeting.endsAt))}
                        </Table.Td>
                        <Table.Th scope="row" fw="normal">
                          <AnchorLink
                            to="/matches/$matchId/schedule"
                            params={{ matchId: meeting.matchId }}
                            aria-label={t('consistency.openSchedule', names)}
                          >
                            {t('consistency.pair', names)}
                          </AnchorLink>
                        </Table.Th>
                        <Table.Td>
                          <MeetingStatusBadge status={meeting.status} />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      })}
    </Stack>
  );
}
