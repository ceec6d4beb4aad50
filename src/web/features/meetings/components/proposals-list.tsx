import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useAcceptProposal } from '../api/accept-proposal.ts';
import { useDeclineProposal } from '../api/decline-proposal.ts';
import type { Proposal } from '../api/types.ts';
import { useWithdrawProposal } from '../api/withdraw-proposal.ts';
import type { ScheduleView } from '../lib/schedule-view.ts';
import { useAnnounce } from './announcer.tsx';
import { MeetingPlace, useWhenText } from './meeting-when.tsx';
import { ReasonForm } from './reason-form.tsx';

/** A time one of the pair proposed: the other accepts or declines it, the proposer may withdraw it. */
function ProposalItem({ proposal, view }: { proposal: Proposal; view: ScheduleView }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const whenText = useWhenText(view);
  const matchId = view.schedule.matchId;
  const accept = useAcceptProposal(matchId);
  const decline = useDeclineProposal(matchId);
  const withdraw = useWithdrawProposal(matchId);
  const [isDeclining, setIsDeclining] = useState(false);
  const isMine = proposal.proposedBy === view.schedule.mySide;
  const proposer = view.nameOf(proposal.proposedBy);
  const when = whenText(proposal);
  const moved = proposal.meetingId ? view.schedule.meetings.find((m) => m.id === proposal.meetingId) : undefined;
  return (
    <Paper component="li" withBorder p="md" aria-label={t('schedule.proposals.itemLabel', { name: proposer, when })}>
      <Stack gap="xs">
        <Text fw={600}>
          {t(moved ? 'schedule.proposals.newTime' : 'schedule.proposals.newMeeting', {
            name: isMine ? t('schedule.you') : proposer,
            when,
            from: moved ? whenText(moved) : '',
          })}
        </Text>
        <MeetingPlace item={proposal} />
        {proposal.reason && <Text size="sm">{t('schedule.reasonGiven', { reason: proposal.reason })}</Text>}
        <Text size="sm" c="dimmed">
          {t('schedule.proposals.sent', { when: formatDateTime(proposal.createdAt) })}
        </Text>
        <ErrorAlert error={accept.error ?? withdraw.error} />
        {view.canChange && isMine && (
          <Group>
            <Button
              size="xs"
              variant="default"
              loading={withdraw.isPending}
              onClick={() =>
                withdraw.mutate(proposal.id, { onSuccess: () => announce(t('schedule.proposals.withdrawn')) })
              }
            >
              {t('schedule.proposals.withdraw')}
            </Button>
          </Group>
        )}
        {view.canChange && !isMine && !isDeclining && (
          <Group>
            <Button
              size="xs"
              loading={accept.isPending}
              onClick={() =>
                accept.mutate(proposal.id, {
                  onSuccess: () => announce(t('schedule.proposals.accepted', { when, name: proposer })),
                })
              }
            >
              {t('schedule.proposals.accept')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setIsDeclining(true)}>
              {t('schedule.proposals.decline')}
            </Button>
          </Group>
        )}
        {isDeclining && (
          <ReasonForm
            label={t('schedule.proposals.declineLabel', { name: proposer })}
            reasonLabel={t('schedule.proposals.declineReason')}
            submitLabel={t('schedule.proposals.decline')}
            isPending={decline.isPending}
            error={<ErrorAlert error={decline.error} />}
            onCancel={() => setIsDeclining(false)}
            onSubmit={(reason, onError) =>
              decline.mutate(
                { proposalId: proposal.id, reason },
                {
                  onSuccess: () => {
                    announce(t('schedule.proposals.declined', { name: proposer }));
                    setIsDeclining(false);
                  },
                  onError,
                },
              )
            }
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Proposed times still waiting for an answer. */
export function ProposalsList({ view }: { view: ScheduleView }) {
  const { t } = useTranslation();
  const pending = view.schedule.proposals.filter((p) => p.status === 'pending');
  if (pending.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} id="proposals-heading">
        {t('schedule.proposals.title')}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="proposals-heading">
        {pending.map((proposal) => (
          <ProposalItem key={proposal.id} proposal={proposal} view={view} />
        ))}
      </Stack>
    </Stack>
  );
}
