import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useTransitionParticipant } from '../api/transition-participant.ts';
import type { Participant, ParticipantStatus } from '../api/types.ts';

/** Why the server refused a move, in words: what is unmet, or where the participant may go. */
function RefusalAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error, 'READY_REQUIREMENTS_UNMET')) {
    const unmet = Array.isArray(error.details.unmet) ? (error.details.unmet as string[]) : [];
    return (
      <Alert color="red" variant="light" role="alert" title={t('participants.notReadyTitle')}>
        <Text size="sm">{t('participants.notReadyExplain')}</Text>
        <List size="sm">
          {unmet.map((item) => (
            <List.Item key={item}>{t(`participants.unmet.${item}`, { defaultValue: item })}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  if (isApiError(error, 'INVALID_TRANSITION')) {
    const allowed = Array.isArray(error.details.allowed) ? (error.details.allowed as ParticipantStatus[]) : [];
    const names = allowed.map((s) => t(`participantStatus.${s}`)).join(', ');
    return (
      <Alert color="red" variant="light" role="alert" title={t('participants.invalidTitle')}>
        {names ? t('participants.invalidAllowed', { allowed: names }) : t('participants.invalidFinal')}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}

/** Staff move a participant to one of the statuses the lifecycle allows next, with a reason. */
export function StatusTransitionForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const transition = useTransitionParticipant(participant.id, participant.programId);
  const move = (to: ParticipantStatus) =>
    transition.mutate(
      { to, reason: reason.trim() || undefined },
      {
        onSuccess: (moved) => {
          notifyDone(t('participants.moved', { status: t(`participantStatus.${moved.status}`) }));
          setReason('');
        },
      },
    );
  if (participant.nextStatuses.length === 0) return <Text>{t('participants.finalStatus')}</Text>;
  return (
    <Stack maw={720}>
      <RefusalAlert error={transition.error} />
      <Textarea
        label={t('participants.reason')}
        description={t('participants.reasonHint')}
        maxLength={500}
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      <Group role="group" aria-label={t('participants.moveTo')}>
        {participant.nextStatuses.map((status) => (
          <Button
            key={status}
            variant={status === 'withdrawn' ? 'outline' : 'default'}
            color={status === 'withdrawn' ? 'red' : undefined}
            loading={transition.isPending && transition.variables?.to === status}
            onClick={() => move(status)}
          >
            {t('participants.moveToStatus', { status: t(`participantStatus.${status}`) })}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
