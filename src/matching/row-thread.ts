// A helper thread (row-threads.ts): waits for tasks on the rows of the score matrix, takes blocks
// of each until none is left, and ends when told to stop.
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import { rowScan } from './find-dual-violations.ts';
import { runClaimedBlocks } from './row-blocks.ts';
import type { PostedTask, RowThreadData } from './row-threads.ts';
import { rowJob } from './score-all-pairs.ts';

const { jobs, doorbell, port } = workerData as RowThreadData;
const scoreRow = rowJob(jobs);
const m = jobs.index.mentorCount;

function rowFunction(task: PostedTask): (k: number) => void {
  return task.kind === 'score' ? scoreRow : rowScan(jobs.scores, m, task);
}

let rung = 0;
tasks: for (;;) {
  Atomics.wait(doorbell, 0, rung);
  rung = Atomics.load(doorbell, 0);
  for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
    const task = received.message as PostedTask | { kind: 'stop' };
    if (task.kind === 'stop') break tasks;
    runClaimedBlocks(rowFunction(task), task.control, task.count, task.blockRows);
  }
}
port.close();
