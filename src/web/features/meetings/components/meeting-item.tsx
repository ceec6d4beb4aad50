import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useCancelMeeting } from '../api/cancel-meeting.ts';
import { useProposeMeeting } from '../api/propose-meeting.ts';
import { useRescheduleMeeting } from '../api/reschedule-meeting.ts';
import type { Meeting } from '../api/types.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';
import { isWithinADay } from '../lib/zone-dates.ts';
import { useAnnounce } from './announcer.tsx';
import { MeetingStatusBadge } from './meeting-status-badge.tsx';
import { MeetingTimeForm, meetingTimeInput } from './meeting-time-form.tsx';
import { MeetingPlace, useWhenText } from './meeting-when.tsx';
import { ReasonForm } from './reason-form.tsx';

type Mode = 'view' | 'move' | 'propose' | 'cancel';

const minutesOf = (m: Meeting) => Math.round((Date.parse(m.endsAt) - Date.parse(m.startsAt)) / 60_000);

/** One meeting: when and where, its status, its calendar file, and (for the pair) changing it. */
export function MeetingItem({
  meeting,
  view,
  children,
}: {
  meeting: Meeting;
  view: ScheduleView;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const whenText = useWhenText(view);
  const [mode, setMode] = useState<Mode>('view');
  const matchId = view.schedule.matchId;
  const reschedule = useRescheduleMeeting(matchId);
  const propose = useProposeMeeting(matchId);
  const cancel = useCancelMeeting(matchId);
  const when = whenText(meeting);
  const isUpcoming = meeting.status === 'scheduled' && Date.parse(meeting.startsAt) > Date.now();
  const canChange = view.canChange && isUpcoming;
  const isLate = isWithinADay(meeting.startsAt);
  const other = view.otherSide ? view.nameOf(view.otherSide) : '';
  const initial = {
    date: meeting.local.date,
    time: meeting.local.time,
    timeZone: meeting.timeZone,
    durationMinutes: minutesOf(meeting),
    location: meeting.location ?? '',
    videoUrl: meeting.videoUrl ?? '',
  };
  const close = () => setMode('view');
  return (
    <Paper component="li" withBorder p="md" aria-label={when}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>{when}</Text>
          <MeetingStatusBadge meeting={meeting} view={view} />
        </Group>
        <MeetingPlace item={meeting} />
        {meeting.status === 'cancelled' && meeting.cancelReason && (
          <Text size="sm">
            {t('schedule.cancelledBecause', {
              name: meeting.cancelledBy ? view.nameOf(meeting.cancelledBy) : '',
              reason: meeting.cancelReason,
            })}
          </Text>
        )}
        {meeting.status === 'disputed' && <Text size="sm">{t('schedule.status.disputedExplain')}</Text>}
        {view.schedule.mySide && meeting.status !== 'cancelled' && (
          <Anchor href={`/api/meetings/${meeting.id}/ics`} download size="sm">
            {t('schedule.ics', { when })}
          </Anchor>
        )}
        {canChange && mode === 'view' && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              aria-label={t('schedule.move.labelFor', { when })}
              onClick={() => setMode('move')}
            >
              {t('schedule.move.button')}
            </Button>
            <Button
              size="xs"
              variant="default"
              aria-label={t('schedule.propose.labelFor', { when })}
              onClick={() => setMode('propose')}
            >
              {t('schedule.propose.button')}
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red"
              aria-label={t('schedule.cancel.labelFor', { when })}
              onClick={() => setMode('cancel')}
            >
              {t('schedule.cancel.button')}
            </Button>
          </Group>
        )}
        {mode === 'move' && (
          <MeetingTimeForm
            label={t('schedule.move.labelFor', { when })}
            initial={initial}
            reason="required"
            withPlace
            submitLabel={t('schedule.move.submit')}
            notice={
              isLate &&
              view.schedule.mySide === 'mentor' && (
                <Alert color="orange" variant="light">
                  {t('schedule.move.lateWarning')}
                </Alert>
              )
            }
            isPending={reschedule.isPending}
            error={<ErrorAlert error={reschedule.error} />}
            onCancel={close}
            onSubmit={(values, onError) =>
              reschedule.mutate(
                { meetingId: meeting.id, ...meetingTimeInput(values), reason: values.reason.trim() },
                {
                  onSuccess: (moved) => {
                    announce(t('schedule.move.done', { when: whenText(moved), name: other }));
                    close();
                  },
                  onError,
                },
              )
            }
          />
        )}
        {mode === 'propose' && (
          <MeetingTimeForm
            label={t('schedule.propose.labelFor', { when })}
            initial={initial}
            reason="optional"
            withPlace
            submitLabel={t('schedule.propose.submit', { name: other })}
            isPending={propose.isPending}
            error={<ErrorAlert error={propose.error} />}
            onCancel={close}
            onSubmit={(values, onError) =>
              propose.mutate(
                { meetingId: meeting.id, ...meetingTimeInput(values), reason: values.reason.trim() || null },
                {
                  onSuccess: () => {
                    announce(t('schedule.propose.done', { name: other }));
                    close();
                  },
                  onError,
                },
              )
            }
          />
        )}
        {mode === 'cancel' && (
          <ReasonForm
            label={t('schedule.cancel.labelFor', { when })}
            reasonLabel={t('schedule.cancel.reason')}
            submitLabel={t('schedule.cancel.submit')}
            dismissLabel={t('schedule.cancel.keep')}
            danger
            notice={
              isLate && (
                <Alert color="orange" variant="light" title={t('schedule.cancel.lateTitle')}>
                  {t('schedule.cancel.lateWarning')}
                </Alert>
              )
            }
            isPending={cancel.isPending}
            error={<ErrorAlert error={cancel.error} />}
            onCancel={close}
            onSubmit={(reason, onError) =>
              cancel.mutate(
                { meetingId: meeting.id, reason },
                {
                  onSuccess: (cancelled) => {
                    announce(
                      t(cancelled.lateChangeBy ? 'schedule.cancel.doneLate' : 'schedule.cancel.done', { name: other }),
                    );
                    close();
                  },
                  onError,
                },
              )
            }
          />
        )}
        {children}
      </Stack>
    </Paper>
  );
}
