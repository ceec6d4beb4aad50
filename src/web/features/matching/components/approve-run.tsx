import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { isApiError } from '../../../lib/api.ts';
import { notifyDone } from '../../../lib/notify.ts';
import { useApproveMatchingRun } from '../api/approve-matching-run.ts';
import type { MatchingRun } from '../api/types.ts';

/** Why approval was refused: a run that is out of date names who changed since it ran. */
function ApproveErrorAlert({ error, run }: { error: unknown; run: MatchingRun }) {
  const { t } = useTranslation();
  if (isApiError(error, 'RUN_OUTDATED')) {
    // The server names them by participant id; the run knows their names.
    const names = new Map(
      run.pairs.flatMap((p) => [
        [p.mentee.participantId, p.mentee.name],
        [p.mentor.participantId, p.mentor.name],
      ]),
    );
    const ids = Array.isArray(error.details.participants) ? (error.details.participants as string[]) : [];
    const people = ids.map((id) => names.get(id) ?? t('matching.someone'));
    return (
      <Alert color="red" variant="light" role="alert" title={t('matching.approve.outdatedTitle')}>
        <Text size="sm">{t('matching.approve.outdated')}</Text>
        {people.length > 0 && (
          <List size="sm">
            {people.map((name, index) => (
              <List.Item key={ids[index]}>{name}</List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}

/**
 * Approving a run, after a dialog that says what will happen: each pair becomes a proposed match
 * and both people are asked to accept it. Afterwards it links to the program's matches.
 */
export function ApproveRun({ run }: { run: MatchingRun }) {
  const { t } = useTranslation();
  const [isOpen, { open, close }] = useDisclosure(false);
  const approve = useApproveMatchingRun(run.programId);
  const doneRef = useRef<HTMLDivElement>(null);
  const isDone = approve.isSuccess && approve.variables === run.id;
  useEffect(() => {
    if (isDone) doneRef.current?.focus();
  }, [isDone]);
  const confirm = () =>
    approve.mutate(run.id, {
      onSuccess: ({ matches }) => notifyDone(t('matching.approve.done', { count: matches.length })),
      onSettled: close,
    });
  if (isDone || run.approvedAt) {
    return (
      <Stack ref={doneRef} tabIndex={-1} gap="xs" style={{ outline: 'none' }}>
        {isDone && (
          <Alert color="trellis" variant="light" title={t('matching.approve.doneTitle')}>
            {t('matching.approve.done', { count: approve.data?.matches.length ?? 0 })}
          </Alert>
        )}
        <AnchorLink to="/programs/$programId/matches" params={{ programId: run.programId }}>
          {t('matching.approve.toMatches')}
        </AnchorLink>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <ApproveErrorAlert error={approve.error} run={run} />
      <Group>
        <Button onClick={open} disabled={run.pairs.length === 0}>
          {t('matching.approve.button')}
        </Button>
      </Group>
      <Modal
        opened={isOpen}
        onClose={close}
        title={t('matching.approve.dialogTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('matching.approve.explain', { count: run.pairs.length })}</Text>
          <Text>{t('matching.approve.explainAgreement')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={confirm} loading={approve.isPending}>
              {t('matching.approve.confirm', { count: run.pairs.length })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
