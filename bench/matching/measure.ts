// One measurement in a process of its own, so that peak memory (maxRSS) belongs to it alone.
// Usage: node bench/matching/measure.ts <engine|greedy|highs> <input.json>
// Prints one JSON line: seconds, peak MB, objective, and for the engine its stage times.

import { readFileSync } from 'node:fs';
import highsModule from 'highs';
import { type AssignmentProblem, pairWeighting } from '../../src/matching/assignment-problem.ts';
import { buildCohortIndex } from '../../src/matching/cohort-index.ts';
import { matchCohort } from '../../src/matching/run-matching.ts';
import { scoreAllPairs } from '../../src/matching/score-all-pairs.ts';
import { IMPOSSIBLE } from '../../src/matching/score-formula.ts';
import type { ProfileForm } from '../../src/matching/types.ts';
import { validateMatchInput } from '../../src/matching/validate-match-input.ts';
import { greedyAssignment } from './greedy-assignment.ts';

const [method, file] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function scoredProblem(): { problem: AssignmentProblem; scoringSeconds: number } {
  const started = performance.now();
  const input = validateMatchInput(JSON.parse(text)) as ProfileForm;
  const scores = scoreAllPairs(buildCohortIndex(input));
  return {
    problem: {
      menteeCount: input.mentees.length,
      mentorCount: input.mentors.length,
      capacity: Int32Array.from(input.mentors, (mentor) => mentor.capacity),
      scores,
      objective: input.settings.objective,
    },
    scoringSeconds: (performance.now() - started) / 1000,
  };
}

if (method === 'engine') {
  const started = performance.now();
  const stageStarts: Record<string, number> = {};
  const output = matchCohort(JSON.parse(text), {
    onProgress: (stage, done) => {
      if (done === 0) stageStarts[stage] = performance.now();
    },
  });
  const serialised = JSON.stringify(output, null, 2);
  const ended = performance.now();
  const at = (stage: string) => stageStarts[stage]!;
  console.log(
    JSON.stringify({
      seconds: (ended - started) / 1000,
      peakMb: peakMb(),
      objective: output.objective,
      stages: {
        read: (at('scoring') - started) / 1000,
        scoring: (at('solving') - at('scoring')) / 1000,
        solving: (at('certifying') - at('solving')) / 1000,
        certifying: (at('explaining') - at('certifying')) / 1000,
        explainingAndWriting: (ended - at('explaining')) / 1000,
      },
      outputBytes: serialised.length,
    }),
  );
} else if (method === 'greedy') {
  const started = performance.now();
  const { problem, scoringSeconds } = scoredProblem();
  const objective = greedyAssignment(problem);
  console.log(
    JSON.stringify({ seconds: (performance.now() - started) / 1000, scoringSeconds, peakMb: peakMb(), objective }),
  );
} else if (method === 'highs') {
  // The LP relaxation: its constraint matrix is totally unimodular, so a vertex optimum is integral.
  const loadHighs = highsModule as unknown as typeof highsModule.default;
  const highs = await loadHighs();
  // A WebAssembly abort (out of its 4 GB) is an exception here: report it as one line and stop,
  // rather than let Node print the package's whole minified source.
  let phase = 'scoring';
  process.on('uncaughtException', (error) => {
    console.log(JSON.stringify({ error: `${error.name} while ${phase}: ${error.message.split('\n')[0]}` }));
    process.exit(1);
  });
  const started = performance.now();
  const { problem } = scoredProblem();
  const { menteeCount: n, mentorCount: m, scores, capacity } = problem;
  const { scale, bonus } = pairWeighting(problem);
  const starts = [0];
  const indices: number[] = [];
  const cost: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const score = scores[i * m + j]!;
      if (score === IMPOSSIBLE || capacity[j] === 0) continue;
      indices.push(i, n + j);
      cost.push(score * scale + bonus);
      starts.push(indices.length);
    }
  }
  const columns = cost.length;
  phase = `loading the LP (${columns.toLocaleString('en')} variables)`;
  const model = highs.createModel({
    numCols: columns,
    numRows: n + m,
    sense: highs.constants.objectiveSense.maximize,
    colCost: cost,
    colLower: new Float64Array(columns),
    colUpper: new Float64Array(columns).fill(1),
    rowLower: new Float64Array(n + m).fill(-highs.infinity),
    rowUpper: Float64Array.from({ length: n + m }, (_, r) => (r < n ? 1 : capacity[r - n]!)),
    matrix: {
      format: 'csc',
      numRows: n + m,
      numCols: columns,
      starts,
      indices,
      values: new Float64Array(indices.length).fill(1),
    },
  });
  try {
    model.options.set({ output_flag: false, time_limit: Number(process.env.HIGHS_TIME_LIMIT ?? 600) });
    phase = 'solving';
    model.run();
    const status = model.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS stopped with model status ${status}`);
    const weight = Math.round(model.getObjectiveValue());
    // Weights are score × scale + bonus (assignment-problem.ts): undo that to read matched and score.
    const objective =
      problem.objective === 'max-score'
        ? { matched: weight % scale, totalScore: Math.floor(weight / scale) }
        : { matched: Math.floor(weight / bonus), totalScore: weight % bonus };
    console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, peakMb: peakMb(), objective }));
  } finally {
    model.dispose();
  }
} else {
  throw new Error(`unknown method ${method}`);
}
