import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { useLiveUpdates } from '../../../lib/use-live-updates.ts';
import { CommitmentsSection } from '../../commitments/components/commitments-section.tsx';
import { useMatchSchedule } from '../api/get-match-schedule.ts';
import { Announcer, useAnnounce } from '../components/announcer.tsx';
import { ChangeLog } from '../components/change-log.tsx';
import { ConsistencyFigures } from '../components/consistency-figures.tsx';
import { MeetingsSection } from '../components/meetings-section.tsx';
import { RhythmSection } from '../components/rhythm-section.tsx';
import { ScheduleHeader } from '../components/schedule-header.tsx';
import { type ScheduleView, scheduleView } from '../lib/schedule-view.ts';
import { dateInZone } from '../lib/zone-dates.ts';

const route = getRouteApi('/_app/matches/$matchId/schedule');

function ScheduleSections({ view }: { view: ScheduleView }) {
  const announce = useAnnounce();
  const { schedule } = view;
  return (
    <>
      <ScheduleHeader view={view} />
      <RhythmSection view={view} />
      <MeetingsSection view={view} />
      <CommitmentsSection
        matchId={schedule.matchId}
        mySide={schedule.mySide}
        canChange={view.canChange}
        names={{ mentor: schedule.mentor.name, mentee: schedule.mentee.name }}
        defaultDueDate={dateInZone(view.readerZone, 7)}
        announce={announce}
      />
      <ConsistencyFigures view={view} />
      <ChangeLog view={view} />
    </>
  );
}

/**
 * A match's schedule: the rhythm the pair agreed, their meetings and proposals, what happened
 * at each, their commitments and how they follow through. Program staff read it and settle
 * disputed meetings. It refetches when the other person changes something.
 */
export function SchedulePage() {
  const { t } = useTranslation();
  const { matchId } = route.useParams();
  useLiveUpdates(matchId);
  const schedule = useMatchSchedule(matchId);
  const data = schedule.data;
  const title = !data
    ? t('schedule.title')
    : data.mySide
      ? t('schedule.titleMine', { name: data[data.mySide === 'mentor' ? 'mentee' : 'mentor'].name })
      : t('schedule.titleStaff', { mentee: data.mentee.name, mentor: data.mentor.name });
  return (
    <Page title={title}>
      <Announcer>
        <QueryContent query={schedule}>{(s) => <ScheduleSections view={scheduleView(s)} />}</QueryContent>
      </Announcer>
    </Page>
  );
}
