// Run as a child process by data-folder-lock.test.ts: `node race-for-lock.ts <dataDir> <startAtMs>`.
// Waits for the common start instant, tries to take the lock once, prints what happened as JSON,
// and (when it won) holds the lock until its stdin closes, i.e. until every rival has reported,
// so each rival meets a live owner, never a folder freed again.
import { once } from 'node:events';
import { acquireDataFolderLock, DataFolderLockedError } from '../../../src/server/db/data-folder-lock.ts';

const [dataDir = '', startAt = '0'] = process.argv.slice(2);
while (Date.now() < Number(startAt)) {
  // Spin rather than sleep: timers would spread the racers out by milliseconds.
}
try {
  const lock = acquireDataFolderLock(dataDir);
  process.stdout.write(`${JSON.stringify({ pid: process.pid, outcome: 'won' })}\n`);
  process.stdin.resume();
  await once(process.stdin, 'end');
  lock.release();
} catch (error) {
  const outcome = error instanceof DataFolderLockedError ? 'locked' : 'failed';
  process.stdout.write(
    `${JSON.stringify({ pid: process.pid, outcome, message: (error as Error).message, owner: (error as DataFolderLockedError).owner?.pid })}\n`,
  );
}
