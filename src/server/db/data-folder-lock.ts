import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
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
  // Rivals only ever wait for a takeover in progress (milliseconds), so this bound is never the
  // normal way out: they meet the new owner's lock and report it.
  for (let attempt = 0; attempt < 100; attempt++) {
    if (createWhole(path, body)) return { release: () => releaseIfMine(path, body) };
    const text = readIfPresent(path);
    if (text === null) continue; // released or being taken over just now: try again
    const owner = parseOwner(text);
    if (owner && isAlive(owner)) throw new DataFolderLockedError(dataDir, owner);
    if (!takeOverStale(path, text)) pause(20);
  }
  throw new Error(`Could not take the lock ${path}; try again.`);
}

/**
 * Creates the lock file with its whole content or not at all: written aside, then hard-linked
 * into place (link fails if the name exists). A rival can therefore never read a half-written
 * lock of a live owner and mistake it for a stale one.
 */
function createWhole(path: string, body: string): boolean {
  const aside = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
  writeFileSync(aside, body, { flag: 'wx', mode: 0o600 });
  try {
    linkSync(aside, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(aside);
  }
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    return JSON.parse(text) as LockOwner;
  } catch {
    return null; // not written by createWhole: damaged, so nobody can be shown to own it
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Removes the stale lock if it is still the one we judged stale, under a short-lived mutex so two
 * newcomers cannot both remove locks. Returns false when another process holds the mutex.
 */
function takeOverStale(path: string, staleText: string): boolean {
  const mutex = `${path}.takeover`;
  try {
    mkdirSync(mutex);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    removeIfAbandoned(mutex);
    return false;
  }
  try {
    if (readIfPresent(path) === staleText) unlinkSync(path);
  } finally {
    rmdirSync(mutex);
  }
  return true;
}

/** A takeover mutex older than 10 s belongs to a process that died while taking over. */
function removeIfAbandoned(mutex: string): void {
  try {
    if (Date.now() - statSync(mutex).mtimeMs > 10_000) rmdirSync(mutex);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function releaseIfMine(path: string, body: string): void {
  try {
    if (readFileSync(path, 'utf8') === body) unlinkSync(path);
  } catch {}
}
