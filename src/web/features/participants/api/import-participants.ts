import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, failureOf, unreachable } from '../../../lib/api.ts';
import { readJsonLines } from '../../../lib/read-json-lines.ts';
import type { ImportProblem } from './preview-participant-import.ts';

export interface ImportSummary {
  /** False when the file had errors and the valid rows alone were not asked for: nothing was written. */
  written: boolean;
  counts: { created: number; updated: number; unchanged: number; rejected: number };
  /** People who had no account and were emailed a link to set their password. */
  invited: number;
  errors: ImportProblem[];
}

type ImportEvent =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'summary' } & ImportSummary)
  | { type: 'error'; error: { code: string; message: string } };

export interface ImportInput {
  programId: string;
  csv: string;
  /** Write the valid rows and skip the rows with errors. */
  validOnly: boolean;
}

export type ImportProgress = (done: number, total: number) => void;

const interrupted = () =>
  new ApiError(
    0,
    'IMPORT_INTERRUPTED',
    'The connection was lost during the import. Rows already written are kept: import the file again to finish.',
  );

/**
 * Imports the file, reporting progress as each batch of rows is committed. Not the shared `api`
 * client: the answer is a stream of JSON lines (progress, then the summary), read as it arrives.
 */
export async function importParticipants(
  { programId, csv, validOnly }: ImportInput,
  onProgress: ImportProgress,
): Promise<ImportSummary> {
  let response: Response;
  try {
    response = await fetch(`/api/programs/${programId}/imports`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/x-ndjson', 'content-type': 'application/json' },
      body: JSON.stringify({ csv, validOnly }),
    });
  } catch {
    throw unreachable();
  }
  if (!response.ok || !response.body) throw await failureOf(response);
  try {
    for await (const value of readJsonLines(response.body)) {
      const event = value as ImportEvent;
      if (event.type === 'progress') onProgress(event.done, event.total);
      else if (event.type === 'error') throw new ApiError(500, event.error.code, event.error.message);
      else return event;
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw interrupted();
  }
  // The stream ended without its summary: the server or the connection went away.
  throw interrupted();
}

/** The import, with the program's participants reloaded once it is done. */
export function useImportParticipants(onProgress: ImportProgress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportInput) => importParticipants(input, onProgress),
    // Settled, not success: a failed import may still have written its first batches.
    onSettled: (_summary, _error, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['programs', input.programId, 'participants'] }),
        queryClient.invalidateQueries({ queryKey: ['programs', input.programId, 'username-accounts'] }),
      ]),
  });
}
