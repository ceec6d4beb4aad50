import { availableParallelism } from 'node:os';
import { candidateSelector, type RowCandidates, rowCandidates } from './best-candidates.ts';
import type { CohortIndex } from './cohort-index.ts';
import { rowScorer, type ScoringIndex } from './row-scorer.ts';
import { type RowThreads, startRowThreads } from './row-threads.ts';

/**
 * Below this many pairs helper threads do not pay: starting one (a V8 isolate, loading these
 * modules) costs about 0.1 s of CPU here, as much as scoring a few million pairs, and on a busy
 * machine that CPU is taken from the scoring itself.
 */
const PARALLEL_FROM_PAIRS = 16_000_000;
/** Threads beyond this bring little: the rows then share memory bandwidth more than cores. */
const MAX_THREADS = 4;
/** About this many pairs per block: some milliseconds of work, so that threads finish close together. */
const PAIRS_PER_BLOCK = 1 << 18;

export interface ScoringOptions {
  /** Defaults to the machine's cores (at most MAX_THREADS) for a large cohort, one otherwise. */
  threads?: number;
  pairsPerBlock?: number;
  /**
   * Also select each row's solver candidates (best-candidates.ts) right after scoring it, while the
   * row is in cache and on the same threads: the same lists bestCandidates would give afterwards.
   */
  candidates?: { usable: Uint8Array; limit: number };
  /** Keep the helper threads for more work on the matrix (row-threads.ts); the caller closes them. */
  keepThreads?: boolean;
}

/**
 * Every pair's score, `scores[i * mentorCount + j]`, IMPOSSIBLE where a hard constraint rules the
 * pair out (row-scorer.ts). A large cohort is scored by this thread and helper threads together
 * over a SharedArrayBuffer (row-threads.ts); the matrix is the same byte for byte however many
 * threads there are. `onProgress` gets the mentees scored so far.
 */
export function scoreAllPairs(
  index: CohortIndex,
  onProgress: (menteesDone: number) => void = () => {},
  options: Omit<ScoringOptions, 'candidates' | 'keepThreads'> = {},
): Uint8Array {
  return scoreAndSelect(index, onProgress, options).scores;
}

/** scoreAllPairs, and with `options.candidates` each row's candidates too. */
export function scoreAndSelect(
  index: CohortIndex,
  onProgress: (menteesDone: number) => void,
  options: ScoringOptions,
): { scores: Uint8Array; candidates: RowCandidates | null; threads: RowThreads | null } {
  const { menteeCount: n, mentorCount: m } = index;
  const threadCount = n === 0 ? 1 : (options.threads ?? defaultThreads(index));
  const like = threadCount > 1 ? new SharedArrayBuffer(0) : new ArrayBuffer(0);
  const scores = new Uint8Array(threadCount > 1 ? new SharedArrayBuffer(n * m) : new ArrayBuffer(n * m));
  const select = options.candidates;
  const candidates = select ? rowCandidates(n, Math.min(select.limit, m), like) : null;
  const jobs: RowJobs = { index, scores, select: select && candidates ? { ...select, rows: candidates } : null };
  const doRow = rowJob(jobs);
  if (threadCount <= 1) {
    for (let i = 0; i < n; i++) {
      doRow(i);
      if ((i & 255) === 255) onProgress(i + 1);
    }
    onProgress(n);
    return { scores, candidates, threads: null };
  }
  const threads = startRowThreads(jobs, threadCount - 1);
  try {
    const blockRows = Math.max(1, Math.floor((options.pairsPerBlock ?? PAIRS_PER_BLOCK) / Math.max(1, m)));
    threads.run({ kind: 'score' }, n, blockRows, doRow, onProgress);
  } catch (error) {
    threads.close();
    throw error;
  }
  onProgress(n);
  if (options.keepThreads) return { scores, candidates, threads };
  threads.close();
  return { scores, candidates, threads: null };
}

/** What each thread does per row: the index and where results go. */
export interface RowJobs {
  index: ScoringIndex;
  scores: Uint8Array;
  select: { usable: Uint8Array; limit: number; rows: RowCandidates } | null;
}

/** Scores row i and, when asked, selects its candidates. */
export function rowJob(jobs: RowJobs): (i: number) => void {
  const scoreRow = rowScorer(jobs.index, jobs.scores);
  const { select } = jobs;
  if (!select) return scoreRow;
  const selectRow = candidateSelector(jobs.scores, jobs.index.mentorCount, select.usable, select.limit, select.rows);
  return (i) => {
    scoreRow(i);
    selectRow(i);
  };
}

function defaultThreads(index: CohortIndex): number {
  if (index.menteeCount * index.mentorCount < PARALLEL_FROM_PAIRS) return 1;
  return Math.min(availableParallelism(), MAX_THREADS);
}
