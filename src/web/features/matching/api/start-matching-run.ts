import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, failureOf, unreachable } from '../../../lib/api.ts';
import { readJsonLines } from '../../../lib/read-json-lines.ts';
import type { MatchingRun, Pair } from './types.ts';

export const runStages = ['reading', 'scoring', 'solving', 'certifying', 'explaining'] as const;
export type RunStage = (typeof runStages)[number];

export interface RunProgress {
  stage: RunStage;
  done: number;
  total: number;
}

type RunEvent =
  | ({ type: 'progress' } & RunProgress)
  | { type: 'result'; run: MatchingRun }
  | { type: 'error'; error: { code: string; message: string; details?: Record<string, unknown> } };

export interface StartRunInput {
  programId: string;
  pins?: Pair[];
  forbids?: Pair[];
  /** Only these mentees (a re-match); all eligible mentees when left out. */
  menteeIds?: string[];
}

const interrupted = () =>
  new ApiError(0, 'RUN_INTERRUPTED', 'The connection was lost during the matching run. Run it again.');

/**
 * Runs matching, reporting each stage as the server reaches it. Not the shared `api` client: the
 * answer is a stream of JSON lines (progress, then the run or an error), read as it arrives.
 */
export async function startMatchingRun(
  { programId, ...body }: StartRunInput,
  onProgress: (progress: RunProgress) => void,
): Promise<MatchingRun> {
  let response: Response;
  try {
    response = await fetch(`/api/programs/${programId}/matching-runs`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/x-ndjson', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw unreachable();
  }
  if (!response.ok || !response.body) throw await failureOf(response);
  try {
    for await (const value of readJsonLines(response.body)) {
      const event = value as RunEvent;
      if (event.type === 'progress') onProgress({ stage: event.stage, done: event.done, total: event.total });
      else if (event.type === 'error') {
        // Refused after the answer began (its status already sent): the code says why.
        const { code, message, details } = event.error;
        throw new ApiError(500, code, message, details ?? {});
      } else return event.run;
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw interrupted();
  }
  // The stream ended without the run: the server or the connection went away.
  throw interrupted();
}

/** A matching run; the program's list of runs reloads and the new run is cached for its page. */
export function useStartMatchingRun(onProgress: (progress: RunProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StartRunInput) => startMatchingRun(input, onProgress),
    onSuccess: (run, input) => {
      queryClient.setQueryData(['matching-runs', run.id], run);
      return queryClient.invalidateQueries({ queryKey: ['programs', input.programId, 'matching-runs'] });
    },
  });
}
