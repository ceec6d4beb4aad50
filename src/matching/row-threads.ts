import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import {
  BLOCK_ABANDONED,
  BLOCK_DONE,
  BLOCK_STATES,
  controlFor,
  ROWS_DONE,
  runBlock,
  runClaimedBlocks,
} from './row-blocks.ts';
import type { RowJobs } from './score-all-pairs.ts';

/** How long the calling thread waits on a helper's block before giving up on the helper (a crash). */
const HELPER_TIMEOUT_MS = 60_000;

export const rowThreadFile = new URL('./row-thread.ts', import.meta.url);

/**
 * Work on the rows of the score matrix, shared with helper threads: scoring (score-all-pairs.ts)
 * and checking the duals row by row (find-dual-violations.ts). Each row's result is computed by the
 * same code whichever thread takes it, so the outcome never depends on the number of threads.
 */
export type RowTask = { kind: 'score' } | ScanTask;

/** Checking the duals (find-dual-violations.ts): `first[k]` gets row k's first violating column or -1. */
export interface ScanTask {
  kind: 'scan';
  /** Dual of each mentee; of each mentor, with mentors to skip at +∞. */
  y: Float64Array;
  columnDual: Float64Array;
  /** The rows to check, or null for all of them. */
  rows: Int32Array | null;
  first: Int32Array;
  scale: number;
  bonus: number;
  highestWeight: number;
}

/** A task as a helper receives it, with its own block counter and states. */
export type PostedTask = RowTask & { control: Int32Array; count: number; blockRows: number };

export interface RowThreads {
  /**
   * Runs `task` over `count` rows in blocks, this thread taking blocks too (with `doRow`, its own
   * version of the task) and returning when every block is done. `afterBlock` gets the rows done
   * by all threads after each block this thread finished.
   */
  run(
    task: RowTask,
    count: number,
    blockRows: number,
    doRow: (k: number) => void,
    afterBlock?: (rowsDone: number) => void,
  ): void;
  /** Ends the helpers; the threads cannot be used afterwards. */
  close(): void;
}

/**
 * Starts `helpers` threads that wait for tasks. A helper that starts late takes fewer blocks (the
 * calling thread never waits for one to start); one that fails marks its block, which the calling
 * thread then does itself. Tasks reach a helper through its own message port, read synchronously
 * (`receiveMessageOnPort`) when a shared doorbell rings, because a helper waits in `Atomics.wait`
 * rather than in an event loop.
 */
export function startRowThreads(jobs: RowJobs, helpers: number): RowThreads {
  const doorbell = new Int32Array(new SharedArrayBuffer(4));
  const shared = helperJobs(jobs);
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let k = 0; k < helpers; k++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(rowThreadFile, {
      workerData: { jobs: shared, doorbell, port: port2 } satisfies RowThreadData,
      transferList: [port2],
    });
    // A helper that cannot start or fails is only a lost helper: its blocks are done here.
    worker.on('error', () => {});
    worker.unref();
    ports.push(port1);
    workers.push(worker);
  }
  const post = (message: PostedTask | { kind: 'stop' }) => {
    for (const port of ports) port.postMessage(message);
    Atomics.add(doorbell, 0, 1);
    Atomics.notify(doorbell, 0);
  };
  return {
    run(task, count, blockRows, doRow, afterBlock) {
      const blocks = Math.ceil(count / blockRows);
      const control = controlFor(blocks);
      post({ ...task, control, count, blockRows });
      runClaimedBlocks(doRow, control, count, blockRows, () => afterBlock?.(Atomics.load(control, ROWS_DONE)));
      for (let block = 0; block < blocks; block++) {
        const at = BLOCK_STATES + block;
        for (;;) {
          const state = Atomics.load(control, at);
          if (state === BLOCK_DONE) break;
          if (state === BLOCK_ABANDONED) {
            runBlock(doRow, block, count, blockRows);
            break;
          }
          if (Atomics.wait(control, at, state, HELPER_TIMEOUT_MS) === 'timed-out') {
            throw new Error(`a helper thread stopped answering (block ${block} of ${blocks})`);
          }
        }
      }
    },
    close() {
      post({ kind: 'stop' });
      for (const port of ports) port.close();
      for (const worker of workers) void worker.terminate();
    },
  };
}

/** What a helper thread starts with (row-thread.ts). */
export interface RowThreadData {
  jobs: RowJobs;
  doorbell: Int32Array;
  port: MessagePort;
}

/** The jobs as a helper gets them: the index's typed arrays and settings, not the profiles (only this thread needs them). */
export function helperJobs(jobs: RowJobs): RowJobs {
  const { input, ...tables } = jobs.index;
  return { ...jobs, index: { ...tables, input: { settings: input.settings } } };
}
