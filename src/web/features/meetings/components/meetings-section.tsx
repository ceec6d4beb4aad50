import { Button, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/section.tsx';
import type { Meeting } from '../api/types.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';
import { AttendanceForm } from './attendance-form.tsx';
import { MeetingItem } from './meeting-item.tsx';
import { useWhenText } from './meeting-when.tsx';
import { PlanMeeting } from './plan-meeting.tsx';
import { ProposalsList } from './proposals-list.tsx';
import { ResolveForm } from './resolve-form.tsx';

const FIRST_SHOWN = 5;

/** A titled list of meetings (h3), showing the first few until asked for all. */
function MeetingList({
  title,
  meetings,
  children,
}: {
  title: string;
  meetings: Meeting[];
  children: (m: Meeting) => ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  if (meetings.length === 0) return null;
  const shown = showAll ? meetings : meetings.slice(0, FIRST_SHOWN);
  return (
    <Stack gap="xs">
      <Title order={3} id={headingId}>
        {title}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
        {shown.map(children)}
      </Stack>
      {meetings.length > FIRST_SHOWN && (
        <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('schedule.showFewer') : t('schedule.showAll', { count: meetings.length })}
        </Button>
      )}
    </Stack>
  );
}

/** The match's meetings: to plan, proposals to answer, what happened to confirm, what is coming, what was. */
export function MeetingsSection({ view }: { view: ScheduleView }) {
  const { t } = useTranslation();
  const whenText = useWhenText(view);
  const now = Date.now();
  const { meetings, mySide } = view.schedule;
  const toConfirm = meetings.filter((m) => m.awaitingMyAttendance);
  const toResolve = mySide === null ? meetings.filter((m) => m.status === 'disputed') : [];
  const upcoming = meetings.filter((m) => m.status === 'scheduled' && Date.parse(m.startsAt) > now);
  const past = meetings
    .filter((m) => !upcoming.includes(m) && !toConfirm.includes(m) && !toResolve.includes(m))
    .filter((m) => m.status !== 'cancelled' || Date.parse(m.startsAt) <= now || m.seriesId === null || m.lateChangeBy)
    .reverse();
  return (
    <Section title={t('schedule.meetings.title')}>
      {view.canChange && <PlanMeeting view={view} />}
      <ProposalsList view={view} />
      <MeetingList title={t('schedule.meetings.toConfirm')} meetings={toConfirm}>
        {(m) => (
          <MeetingItem key={m.id} meeting={m} view={view}>
            <AttendanceForm meeting={m} view={view} label={t('schedule.attendance.labelFor', { when: whenText(m) })} />
          </MeetingItem>
        )}
      </MeetingList>
      <MeetingList title={t('schedule.meetings.toResolve')} meetings={toResolve}>
        {(m) => (
          <MeetingItem key={m.id} meeting={m} view={view}>
            <ResolveForm meeting={m} view={view} label={t('schedule.resolve.labelFor', { when: whenText(m) })} />
          </MeetingItem>
        )}
      </MeetingList>
      {upcoming.length === 0 ? (
        <Text>{t('schedule.meetings.noneUpcoming')}</Text>
      ) : (
        <MeetingList title={t('schedule.meetings.upcoming')} meetings={upcoming}>
          {(m) => <MeetingItem key={m.id} meeting={m} view={view} />}
        </MeetingList>
      )}
      <MeetingList title={t('schedule.meetings.past')} meetings={past}>
        {(m) => <MeetingItem key={m.id} meeting={m} view={view} />}
      </MeetingList>
    </Section>
  );
}
