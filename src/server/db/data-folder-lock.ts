import { mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

/**
 * PGlite must be opened by one process only. The lock is a file beside the data folder holding
 * the owner's pid and process start time; a lock whose process is gone (kill -9) is stale and is
 * taken over under a second, short-lived mutex so two newcomers cannot both take it.
 */
export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  processStart: string | null;
  socket: string;
}

export class DataFolderLockedError extends Error {
  readonly owner: LockOwner;
  constructor(dataDir: string, owner: LockOwner) {
    super(
      `The data folder ${dataDir} is in use by Trellis process ${owner.pid} on ${owner.host} (since ${owner.startedAt}). ` +
        'Stop that process first, or use its socket for CLI commands.',
    );
    this.owner = owner;
  }
}

export function lockPathFor(dataDir: string): string {
  return `${dataDir}.lock`;
}

export function socketPathFor(dataDir: string): string {
  return `${dataDir}.sock`;
}

/** Linux process start time, so a recycled pid is not mistaken for the owner. */
function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // cannot tell: never steal across machines
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const start = processStartOf(owner.pid);
  return owner.processStart === null || start === null || start === owner.processStart;
}

/** The live owner of a data folder, or null when it is free (or only a stale lock remains). */
export function readLockOwner(dataDir: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lockPathFor(dataDir), 'utf8')) as LockOwner;
    return isAlive(owner) ? owner : null;
  } catch {
    return null;
  }
}

export interface DataFolderLock {
  release(): void;
}

export function acquireDataFolderLock(dataDir: string): DataFolderLock {
  const path = lockPathFor(dataDir);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    processStart: processStartOf(process.pid),
    socket: socketPathFor(dataDir),
  };
  const body = JSON.stringify(me);
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, body, { flag: 'wx', mode: 0o600 });
      return { release: () => releaseIfMine(path, body) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner: LockOwner | null = null;
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
      owner = JSON.parse(text) as LockOwner;
    } catch {
      // Unreadable or half-written by a process killed mid-write: treat as stale below.
    }
    if (owner && isAlive(owner)) throw new DataFolderLockedError(dataDir, owner);
    takeOverStale(path, text);
  }
  throw new Error(`Could not take the lock ${path}; try again.`);
}

function takeOverStale(path: string, staleText: string): void {
  const mutex = `${path}.takeover`;
  try {
    mkdirSync(mutex);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process is taking over; a mutex older than 10 s belongs to one that died doing so.
    if (Date.now() - statSync(mutex).mtimeMs > 10_000) rmdirSync(mutex);
    return;
  }
  try {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current === staleText) unlinkSync(path);
  } finally {
    rmdirSync(mutex);
  }
}

function releaseIfMine(path: string, body: string): void {
  try {
    if (readFileSync(path, 'utf8') === body) unlinkSync(path);
  } catch {}
}
