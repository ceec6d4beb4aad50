import { Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useCreateMeeting } from '../api/create-meeting.ts';
import { useProposeMeeting } from '../api/propose-meeting.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';
import { dateInZone } from '../lib/zone-dates.ts';
import { useAnnounce } from './announcer.tsx';
import { MeetingTimeForm, meetingTimeInput } from './meeting-time-form.tsx';
import { useWhenText } from './meeting-when.tsx';

/** A single meeting beside the rhythm: planned at once, or proposed for the other to accept. */
export function PlanMeeting({ view }: { view: ScheduleView }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const whenText = useWhenText(view);
  const { schedule } = view;
  const [isOpen, setIsOpen] = useState(false);
  const [how, setHow] = useState<'plan' | 'propose'>('plan');
  const create = useCreateMeeting(schedule.matchId);
  const propose = useProposeMeeting(schedule.matchId);
  const other = view.otherSide ? view.nameOf(view.otherSide) : '';
  if (!isOpen) {
    return (
      <Button variant="default" onClick={() => setIsOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('schedule.plan.button')}
      </Button>
    );
  }
  const zone = schedule.series?.timeZone ?? schedule.mentee.timeZone;
  const mutation = how === 'plan' ? create : propose;
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('schedule.plan.how')}
        value={how}
        onChange={(value) => setHow(value as 'plan' | 'propose')}
        data={[
          { value: 'plan', label: t('schedule.plan.now') },
          { value: 'propose', label: t('schedule.plan.proposeTo', { name: other }) },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <Text size="sm">
        {t(how === 'plan' ? 'schedule.plan.nowExplain' : 'schedule.plan.proposeExplain', { name: other })}
      </Text>
      <MeetingTimeForm
        label={t('schedule.plan.button')}
        initial={{
          date: dateInZone(zone, 2),
          time: schedule.series?.localTime ?? '16:00',
          timeZone: zone,
          durationMinutes: schedule.programCadence.minutes,
          location: '',
          videoUrl: '',
        }}
        reason={how === 'plan' ? 'none' : 'optional'}
        withPlace
        submitLabel={t(how === 'plan' ? 'schedule.plan.submit' : 'schedule.plan.proposeSubmit', { name: other })}
        isPending={mutation.isPending}
        error={<ErrorAlert error={mutation.error} />}
        onCancel={() => setIsOpen(false)}
        onSubmit={(values, onError) => {
          const input = meetingTimeInput(values);
          if (how === 'plan') {
            create.mutate(input, {
              onSuccess: (meeting) => {
                announce(t('schedule.plan.done', { when: whenText(meeting), name: other }));
                setIsOpen(false);
              },
              onError,
            });
          } else {
            propose.mutate(
              { ...input, reason: values.reason.trim() || null },
              {
                onSuccess: () => {
                  announce(t('schedule.propose.done', { name: other }));
                  setIsOpen(false);
                },
                onError,
              },
            );
          }
        }}
      />
    </Stack>
  );
}
