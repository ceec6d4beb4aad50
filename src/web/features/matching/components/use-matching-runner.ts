import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { type RunProgress, type StartRunInput, useStartMatchingRun } from '../api/start-matching-run.ts';
import type { MatchingRun } from '../api/types.ts';

/**
 * Starts a matching run with live progress and, once it is done, opens its proposal on the
 * program's matching page. Each button that runs keeps its own runner, so progress and errors
 * show beside the button that was pressed.
 */
export function useMatchingRunner(programId: string, onDone?: (run: MatchingRun) => void) {
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const mutation = useStartMatchingRun(setProgress);
  const navigate = useNavigate();
  const start = (input: Omit<StartRunInput, 'programId'> = {}) => {
    setProgress(null);
    mutation.mutate(
      { programId, ...input },
      {
        onSuccess: (run) => {
          onDone?.(run);
          void navigate({ to: '/programs/$programId/matching', params: { programId }, search: { run: run.id } });
        },
      },
    );
  };
  return {
    start,
    progress,
    isRunning: mutation.isPending,
    error: mutation.error,
    /** The pins of the last run asked for, to name one the server refused. */
    failedPins: mutation.variables?.pins ?? [],
  };
}
