// Matching benchmark (issue 4, "Speed"): seeded profile-form cohorts of 200×200, 1,000×250,
// 5,000×1,000 and 20,000×4,000, each solved by the engine end to end (parse, score, solve, certify,
// explain, serialise), by a greedy baseline (same scoring) and by HiGHS on the LP (where it can).
// Each measurement runs in a fresh process so that its peak memory is its own.
// Run: npm run bench:matching   (SIZES=200x200,1000x250 to pick sizes; HIGHS_MAX_PAIRS, default
// 6,000,000, skips HiGHS above that many pairs; HIGHS_TIME_LIMIT seconds, default 600)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCohort } from './matching/generate-cohort.ts';

interface Measurement {
  seconds: number;
  peakMb: number;
  objective: { matched: number; totalScore: number };
  scoringSeconds?: number;
  stages?: Record<string, number>;
}

const sizes = (process.env.SIZES ?? '200x200,1000x250,5000x1000,20000x4000')
  .split(',')
  .map((size) => size.split('x').map(Number) as [number, number]);
const highsMaxPairs = Number(process.env.HIGHS_MAX_PAIRS ?? 6_000_000);
const folder = mkdtempSync(join(tmpdir(), 'trellis-matching-bench-'));
const measureScript = join(import.meta.dirname, 'matching', 'measure.ts');

function measure(method: string, file: string): Measurement | string {
  let out: string;
  try {
    out = execFileSync(process.execPath, ['--max-old-space-size=4096', measureScript, method, file], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  try {
    const result = JSON.parse(out.trim().split('\n').pop()!) as Measurement & { error?: string };
    return result.error ? `failed: ${result.error}` : result;
  } catch {
    return 'failed: no result (the process died)';
  }
}

const format = (x: number, digits = 2) => x.toFixed(digits);
const percent = (part: number, whole: number) => (whole === 0 ? '100.00' : format((100 * part) / whole));

try {
  console.log('| cohort | method | time (s) | peak memory (MB) | matched | total score | % of optimum score | notes |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [mentees, mentors] of sizes) {
    const file = join(folder, `${mentees}x${mentors}.json`);
    writeFileSync(file, JSON.stringify(generateCohort(mentees, mentors, mentees * 7 + mentors)));
    const label = `${mentees.toLocaleString('en')} × ${mentors.toLocaleString('en')}`;
    const engine = measure('engine', file);
    if (typeof engine === 'string') {
      console.log(`| ${label} | engine | | | | | | ${engine} |`);
      continue;
    }
    const optimum = engine.objective;
    const stages = engine.stages!;
    console.log(
      `| ${label} | engine | ${format(engine.seconds)} | ${engine.peakMb} | ${optimum.matched} | ${optimum.totalScore} | 100.00 (proved) | ` +
        `scoring ${format(stages.scoring!)} s, so ${format(engine.seconds / stages.scoring!, 1)}× scoring; ` +
        `read ${format(stages.read!)}, solve ${format(stages.solving!)}, certify ${format(stages.certifying!)}, ` +
        `explain+write ${format(stages.explainingAndWriting!)} s |`,
    );
    const greedy = measure('greedy', file);
    if (typeof greedy === 'string') console.log(`| ${label} | greedy | | | | | | ${greedy} |`);
    else {
      console.log(
        `| ${label} | greedy | ${format(greedy.seconds)} | ${greedy.peakMb} | ${greedy.objective.matched} | ` +
          `${greedy.objective.totalScore} | ${percent(greedy.objective.totalScore, optimum.totalScore)} | ` +
          `${optimum.matched - greedy.objective.matched} fewer matched; same scoring (${format(greedy.scoringSeconds!)} s) |`,
      );
    }
    if (mentees * mentors > highsMaxPairs) {
      console.log(`| ${label} | HiGHS | | | | | | not attempted: ${(mentees * mentors).toLocaleString('en')} pairs |`);
      continue;
    }
    const highs = measure('highs', file);
    if (typeof highs === 'string') console.log(`| ${label} | HiGHS | | | | | | ${highs} |`);
    else {
      const agrees = highs.objective.matched === optimum.matched && highs.objective.totalScore === optimum.totalScore;
      console.log(
        `| ${label} | HiGHS (LP) | ${format(highs.seconds)} | ${highs.peakMb} | ${highs.objective.matched} | ` +
          `${highs.objective.totalScore} | ${percent(highs.objective.totalScore, optimum.totalScore)} | ` +
          `${agrees ? 'same optimum as the engine' : 'DIFFERS from the engine'} |`,
      );
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
