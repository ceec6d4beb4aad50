import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Match } from '../api/types.ts';
import { RunErrorAlert } from './run-error-alert.tsx';
import { RunProgressView } from './run-progress.tsx';
import { useMatchingRunner } from './use-matching-runner.ts';

/**
 * After a match closed: what happened to the pair, and for a mentee to be matched again a run
 * limited to them (the previous mentor is excluded by the server), whose proposal then opens.
 * It takes the focus, because the dialog that closed the match has gone.
 */
export function RematchOffer({ match }: { match: Match }) {
  const { t } = useTranslation();
  const runner = useMatchingRunner(match.programId);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const names = { mentee: match.mentee.name, mentor: match.mentor.name };
  return (
    <Stack ref={ref} tabIndex={-1} gap="sm" style={{ outline: 'none' }}>
      <Alert color="trellis" variant="light" title={t('matches.closed.title', names)}>
        <Text size="sm">{t(match.rematch ? 'matches.closed.rematch' : 'matches.closed.noRematch', names)}</Text>
      </Alert>
      {match.rematch && (
        <>
          <RunErrorAlert error={runner.error} pins={[]} nameOf={() => match.mentee.name} />
          <Group>
            <Button
              onClick={() => runner.start({ menteeIds: [match.mentee.participantId] })}
              loading={runner.isRunning}
            >
              {t('matches.closed.proposeNew', names)}
            </Button>
          </Group>
          <RunProgressView progress={runner.progress} isRunning={runner.isRunning} />
        </>
      )}
    </Stack>
  );
}
