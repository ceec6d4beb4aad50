// The worker thread behind run-matching-in-worker.ts: runs the pure engine on the data it was
// started with, posts progress as it goes, then one result or one error, and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { MatchInputError } from '../../../matching/match-input-error.ts';
import { PinError } from '../../../matching/pin-error.ts';
import { matchCohort } from '../../../matching/run-matching.ts';
import type { MatchingWorkerData, WorkerError, WorkerMessage } from './run-matching-in-worker.ts';

const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
const { input, now, pins } = workerData as MatchingWorkerData;

try {
  const output = matchCohort(input, {
    now,
    pins,
    onProgress: (stage, done, total) => post({ type: 'progress', stage, done, total }),
  });
  post({ type: 'result', output });
} catch (error) {
  post({ type: 'error', error: describeError(error) });
}

/** The error as plain data (structured clone keeps neither the class nor its own fields). */
function describeError(error: unknown): WorkerError {
  if (error instanceof PinError) {
    const { message, field, pin, problem, ruledOutBy } = error;
    return { kind: 'pin', message, field, pin, problem, ruledOutBy };
  }
  if (error instanceof MatchInputError) return { kind: 'input', message: error.message, field: error.field };
  if (error instanceof Error) return { kind: 'other', name: error.name, message: error.message, stack: error.stack };
  return { kind: 'other', name: 'Error', message: String(error) };
}
