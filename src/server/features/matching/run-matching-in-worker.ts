import { Worker } from 'node:worker_threads';
import { MatchInputError } from '../../../matching/match-input-error.ts';
import { PinError, type PinProblem } from '../../../matching/pin-error.ts';
import type { Pin } from '../../../matching/resolve-pins.ts';
import type { MatchingStage } from '../../../matching/run-matching.ts';
import type { MatchOutput, RuledOutBy } from '../../../matching/types.ts';

/** What the worker starts with (matching-worker.ts). */
export interface MatchingWorkerData {
  input: unknown;
  now: Date | undefined;
  pins: readonly Pin[] | undefined;
}

/** An engine error as data, so that this side can throw the same class with the same fields. */
export type WorkerError =
  | { kind: 'pin'; message: string; field: string; pin: number; problem: PinProblem; ruledOutBy: RuledOutBy[] }
  | { kind: 'input'; message: string; field: string }
  | { kind: 'other'; name: string; message: string; stack?: string | undefined };

export type WorkerMessage =
  | { type: 'progress'; stage: MatchingStage; done: number; total: number }
  | { type: 'result'; output: MatchOutput }
  | { type: 'error'; error: WorkerError };

const workerFile = new URL('./matching-worker.ts', import.meta.url);

/**
 * matchCohort (src/matching/run-matching.ts) in a worker thread, so that a large cohort (seconds of
 * scoring and solving) does not stop the server from answering. Progress is forwarded as it comes.
 * Rejects with the engine's own errors rebuilt on this side — PinError and MatchInputError with
 * their message and fields, anything else (a CertificateError, a crash) as an Error — and the worker
 * is ended either way.
 */
export function runMatchingInWorker(
  input: unknown,
  options: { now?: Date; pins?: readonly Pin[] },
  onProgress: (stage: MatchingStage, done: number, total: number) => void = () => {},
): Promise<MatchOutput> {
  const workerData: MatchingWorkerData = { input, now: options.now, pins: options.pins };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData });
    let settled = false;
    // The worker ends on its own once it has posted its result or error (nothing keeps its event
    // loop alive), so it is not terminated: terminate() racing a thread's own exit is the suspected
    // cause of a test process that once died without a word (not proven; see the issue 4 note).
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      if (message.type === 'progress') onProgress(message.stage, message.done, message.total);
      else if (message.type === 'result') settle(() => resolve(message.output));
      else settle(() => reject(rebuildError(message.error)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the matching worker stopped (exit code ${code})`))));
  });
}

function rebuildError(error: WorkerError): Error {
  // MatchInputError puts "field: " in front of what is wrong; its constructor adds it again.
  const detail = (field: string, message: string) => (field ? message.slice(field.length + 2) : message);
  switch (error.kind) {
    case 'pin':
      return new PinError(error.field, error.pin, error.problem, detail(error.field, error.message), error.ruledOutBy);
    case 'input':
      return new MatchInputError(error.field, detail(error.field, error.message));
    case 'other': {
      const rebuilt = new Error(error.message);
      rebuilt.name = error.name;
      if (error.stack) rebuilt.stack = error.stack;
      return rebuilt;
    }
  }
}
