import { once } from 'node:events';
import { MessageChannel, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { generateCohort } from '../../bench/matching/generate-cohort.ts';
import { mentee, mentor, settings } from '../../test/matching/support/profiles.ts';
import { bestCandidates, compactCandidates, usableMentors } from './best-candidates.ts';
import { buildCohortIndex } from './cohort-index.ts';
import { describePair } from './describe-pair.ts';
import { scanRow } from './find-dual-violations.ts';
import { BLOCK_DONE, BLOCK_STATES, controlFor, ROWS_DONE } from './row-blocks.ts';
import { helperJobs, type RowTask, rowThreadFile } from './row-threads.ts';
import { matchCohort } from './run-matching.ts';
import { scoreAllPairs, scoreAndSelect } from './score-all-pairs.ts';
import { IMPOSSIBLE } from './score-formula.ts';
import type { ProfileForm } from './types.ts';
import { validateMatchInput } from './validate-match-input.ts';

function cohort(input: Record<string, unknown>) {
  const index = buildCohortIndex(validateMatchInput(input) as ProfileForm);
  const matrix = scoreAllPairs(index);
  return {
    pair: (i: number, j: number) => {
      const described = describePair(index, i, j);
      // The fast matrix and the readable description agree on every pair tested here.
      expect(matrix[i * index.mentorCount + j]).toBe(described.ruledOutBy.length > 0 ? IMPOSSIBLE : described.score);
      return described;
    },
  };
}

describe('scores (MATCHING.md "Scores")', () => {
  it('scores and explains the example of the contract', () => {
    const output = matchCohort({
      settings: {
        weights: { experiences: 0.5, goals: 0.2, interests: 0.1, availability: 0.15, language: 0.05 },
        referenceWeek: '2026-09-07',
        minOverlapMinutes: 60,
        requireSharedLanguage: true,
        ageGap: { min: 1, max: 10 },
        objective: 'most-matched-then-score',
      },
      mentors: [
        mentor('m1', {
          capacity: 2,
          experiences: ['first-generation'],
          strengths: ['college-applications'],
          interests: ['soccer'],
          languages: ['en', 'es'],
          timezone: 'America/New_York',
          availability: [{ day: 'mon', start: '15:00', end: '17:00' }],
          gender: 'female',
          age: 19,
          excludes: [],
        }),
      ],
      mentees: [
        mentee('e1', {
          experiences: ['first-generation'],
          goals: ['college-applications'],
          interests: [],
          languages: ['es'],
          timezone: 'America/Chicago',
          availability: [{ day: 'mon', start: '14:00', end: '16:00' }],
          gender: 'male',
          age: 15,
          preferences: { mentorGender: null },
          excludes: [],
        }),
      ],
    });
    // 0.5 × 1 (shared experience) + 0.2 × 1 (goal met) + 0.1 × 0 (interests {} vs {soccer}) +
    // 0.15 × 1 (Chicago 14–16 is New York 15–17: 120 minutes) + 0.05 × 1 (Spanish) = 0.9.
    expect(output).toEqual({
      assignments: [
        {
          mentee: 'e1',
          mentor: 'm1',
          score: 90,
          reasons: [
            { code: 'shared-experience', detail: 'private' },
            { code: 'goal-strength', detail: 'college-applications' },
            { code: 'weekly-overlap', detail: '120' },
            { code: 'shared-language', detail: 'es' },
          ],
        },
      ],
      unmatched: [],
      objective: { matched: 1, totalScore: 90 },
      optimal: true,
      referenceWeek: '2026-09-07',
    });
  });

  it('weights shared experiences by IDF over the whole cohort', () => {
    // P = 4 people; A is held by 2 of them, B by 3.
    const { pair } = cohort({
      settings: settings({ weights: { experiences: 1 } }),
      mentors: [mentor('m1', { experiences: ['A'] }), mentor('m2', { experiences: ['B'] })],
      mentees: [mentee('e1', { experiences: ['A', 'B'] }), mentee('e2', { experiences: ['B'] })],
    });
    const idfA = Math.log(5 / 3) + 1; // 1.5108…
    const idfB = Math.log(5 / 4) + 1; // 1.2231…
    expect(pair(0, 0).parts.experiences).toBeCloseTo(idfA / (idfA + idfB), 12);
    expect(pair(0, 0).score).toBe(55); // 55.26
    expect(pair(0, 1).score).toBe(45); // 44.74
    expect(pair(1, 0).score).toBe(0);
    expect(pair(1, 1).score).toBe(100);
  });

  it('counts goals met by strengths over the mentee goals', () => {
    const { pair } = cohort({
      settings: settings({ weights: { goals: 1 } }),
      mentors: [mentor('m1', { strengths: ['g1', 'g3', 'g9'] })],
      mentees: [mentee('e1', { goals: ['g1', 'g2', 'g3'] }), mentee('e2', { goals: [] })],
    });
    expect(pair(0, 0).score).toBe(67); // 2 of 3
    expect(pair(1, 0).score).toBe(0); // no goals listed
  });

  it('takes the Jaccard index of interests, 0 when both are empty', () => {
    const { pair } = cohort({
      settings: settings({ weights: { interests: 1 } }),
      mentors: [mentor('m1', { interests: ['b', 'c', 'd', 'e'] }), mentor('m2')],
      mentees: [mentee('e1', { interests: ['a', 'b', 'c'] }), mentee('e2')],
    });
    expect(pair(0, 0).score).toBe(40); // |{b, c}| / |{a, b, c, d, e}|
    expect(pair(1, 1).parts.interests).toBe(0);
  });

  it('measures weekly overlap across time zones, full at 120 minutes', () => {
    const { pair } = cohort({
      settings: settings({ weights: { availability: 1 } }),
      // September: New York is UTC−4, London UTC+1.
      mentors: [
        mentor('m1', { timezone: 'Europe/London', availability: [{ day: 'mon', start: '15:00', end: '17:00' }] }),
      ],
      mentees: [
        mentee('e1', { timezone: 'America/New_York', availability: [{ day: 'mon', start: '10:00', end: '11:30' }] }),
        mentee('e2', { timezone: 'America/New_York', availability: [{ day: 'mon', start: '09:00', end: '13:00' }] }),
      ],
    });
    expect(pair(0, 0).overlapMinutes).toBe(90); // 14:00–15:30 UTC
    expect(pair(0, 0).score).toBe(75);
    expect(pair(1, 0).overlapMinutes).toBe(120);
    expect(pair(1, 0).score).toBe(100);
  });

  it('reads each window on its own date, so a DST change inside the reference week counts', () => {
    // Week of Monday 2026-10-26: London is already on GMT; New York leaves EDT on Sunday 1 November at 02:00.
    const { pair } = cohort({
      settings: settings({ weights: { availability: 1 }, referenceWeek: '2026-10-26' }),
      mentors: [
        mentor('london', {
          timezone: 'Europe/London',
          availability: [
            { day: 'mon', start: '14:00', end: '16:00' },
            { day: 'sun', start: '14:00', end: '16:00' },
          ],
        }),
      ],
      mentees: [
        // Monday 10:00 EDT is 14:00 UTC.
        mentee('monday', {
          timezone: 'America/New_York',
          availability: [{ day: 'mon', start: '10:00', end: '12:00' }],
        }),
        // Sunday 09:00 EST is 14:00 UTC; read with Monday's offset it would be 13:00 and overlap only 60 minutes.
        mentee('sunday', {
          timezone: 'America/New_York',
          availability: [{ day: 'sun', start: '09:00', end: '11:00' }],
        }),
      ],
    });
    expect(pair(0, 0).overlapMinutes).toBe(120);
    expect(pair(1, 0).overlapMinutes).toBe(120);
  });

  it('counts the real minutes of a window that spans the spring-forward gap', () => {
    // New York skips 02:00–03:00 on Sunday 2026-03-08: 01:00–04:00 local is 06:00–08:00 UTC, two hours.
    const { pair } = cohort({
      settings: settings({ weights: { availability: 1 }, referenceWeek: '2026-03-02' }),
      mentors: [mentor('utc', { availability: [{ day: 'sun', start: '00:00', end: '12:00' }] })],
      mentees: [
        mentee('e1', { timezone: 'America/New_York', availability: [{ day: 'sun', start: '01:00', end: '04:00' }] }),
      ],
    });
    expect(pair(0, 0).overlapMinutes).toBe(120);
  });

  it('gives the language part 1 for a shared language and 0 otherwise', () => {
    const { pair } = cohort({
      settings: settings({ weights: { language: 1 } }),
      mentors: [mentor('m1', { languages: ['en', 'es'] }), mentor('m2', { languages: ['fr'] })],
      mentees: [mentee('e1', { languages: ['es'] })],
    });
    expect(pair(0, 0).score).toBe(100);
    expect(pair(0, 1).score).toBe(0);
  });

  it('rounds halves up as a person does, despite binary floating point', () => {
    // 0.1 × 1 (same interests) + 0.15 × 0.5 (60 minutes) + 0.05 × 1 (English) = 0.225 exactly by hand;
    // in doubles 100 × Σ / Σ weights is 22.499999999999996, which Math.round alone would make 22.
    const output = matchCohort({
      settings: { referenceWeek: '2026-09-07', ageGap: null },
      mentors: [mentor('m1', { interests: ['chess'], availability: [{ day: 'mon', start: '12:00', end: '13:00' }] })],
      mentees: [mentee('e1', { interests: ['chess'] })],
    });
    expect(output.assignments[0]?.score).toBe(23);
  });

  it('agrees with the readable description on every pair of a generated cohort', () => {
    const input = generateCohort(60, 40, 7);
    const index = buildCohortIndex(validateMatchInput(input) as ProfileForm);
    const matrix = scoreAllPairs(index);
    let impossible = 0;
    for (let i = 0; i < 60; i++) {
      for (let j = 0; j < 40; j++) {
        const described = describePair(index, i, j);
        const expected = described.ruledOutBy.length > 0 ? IMPOSSIBLE : described.score;
        if (expected === IMPOSSIBLE) impossible++;
        expect(matrix[i * 40 + j]).toBe(expected);
      }
    }
    expect(impossible).toBeGreaterThan(0);
  });

  it('agrees with the readable description for a mentor with many more windows than the rest', () => {
    // Scoring keeps as many intervals per mentor as 99% of the mentors have and adds the rest of
    // a longer list separately (row-scorer.ts): this mentor's windows mostly fall in that rest.
    const input = generateCohort(60, 40, 7);
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    input.mentors[3]!.availability = days.flatMap((day) => [
      { day, start: '08:00', end: '09:00' },
      { day, start: '13:30', end: '14:15' },
      { day, start: '16:00', end: '18:00' },
    ]);
    const index = buildCohortIndex(validateMatchInput(input) as ProfileForm);
    const matrix = scoreAllPairs(index);
    let possible = 0;
    for (let i = 0; i < 60; i++) {
      const described = describePair(index, i, 3);
      const expected = described.ruledOutBy.length > 0 ? IMPOSSIBLE : described.score;
      if (expected !== IMPOSSIBLE) possible++;
      expect(matrix[i * 40 + 3]).toBe(expected);
    }
    expect(possible).toBeGreaterThan(0);
  });
});

describe('scoring on several threads', () => {
  it('gives the same matrix, byte for byte, as one thread', () => {
    const index = buildCohortIndex(validateMatchInput(generateCohort(400, 50, 11)) as ProfileForm);
    const single = scoreAllPairs(index, () => {}, { threads: 1 });
    for (const threads of [2, 3]) {
      const progress: number[] = [];
      // Blocks of ten rows, so that the threads take turns many times.
      const shared = scoreAllPairs(index, (done) => progress.push(done), { threads, pairsPerBlock: 500 });
      expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(Buffer.from(shared).equals(Buffer.from(single))).toBe(true);
      expect(progress.at(-1)).toBe(400);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    }
  });

  it("selects each row's candidates as the solver would afterwards, on any number of threads", () => {
    const index = buildCohortIndex(validateMatchInput(generateCohort(400, 120, 3)) as ProfileForm);
    const capacity = Int32Array.from(index.input.mentors, (mentor, j) => (j % 7 === 0 ? 0 : mentor.capacity));
    const usable = usableMentors(capacity);
    const single = scoreAndSelect(index, () => {}, { threads: 1, candidates: { usable, limit: 16 } });
    const problem = {
      menteeCount: 400,
      mentorCount: 120,
      capacity,
      scores: single.scores,
      objective: 'max-score' as const,
    };
    const expected = bestCandidates(problem, capacity, 16);
    expect(compactCandidates(single.candidates!)).toEqual(expected);
    const shared = scoreAndSelect(index, () => {}, {
      threads: 2,
      pairsPerBlock: 1200,
      candidates: { usable, limit: 16 },
    });
    expect(compactCandidates(shared.candidates!)).toEqual(expected);
  });

  it('has a helper thread do every block it takes as this thread would, scoring and checking duals', async () => {
    // The helper alone, this thread taking no block: all of the work is the helper's.
    const index = buildCohortIndex(validateMatchInput(generateCohort(300, 40, 5)) as ProfileForm);
    const scores = new Uint8Array(new SharedArrayBuffer(300 * 40));
    const doorbell = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const workerData = { jobs: helperJobs({ index, scores, select: null }), doorbell, port: port2 };
    const helper = new Worker(rowThreadFile, { workerData, transferList: [port2] });
    const post = async (task: RowTask, blockRows: number) => {
      const control = controlFor(Math.ceil(300 / blockRows));
      port1.postMessage({ ...task, control, count: 300, blockRows });
      Atomics.add(doorbell, 0, 1);
      Atomics.notify(doorbell, 0);
      while (Atomics.load(control, ROWS_DONE) < 300) await new Promise((resolve) => setTimeout(resolve, 2));
      expect([...control.subarray(BLOCK_STATES)]).toEqual(new Array(Math.ceil(300 / blockRows)).fill(BLOCK_DONE));
    };

    await post({ kind: 'score' }, 7);
    expect(Buffer.from(scores).equals(Buffer.from(scoreAllPairs(index, () => {}, { threads: 1 })))).toBe(true);

    const shared = (length: number) => new Float64Array(new SharedArrayBuffer(8 * length));
    const y = shared(300).map((_, i) => (i * 37) % 101);
    const columnDual = shared(40).map((_, j) => (j * 53) % 97);
    const first = new Int32Array(new SharedArrayBuffer(4 * 300));
    await post({ kind: 'scan', y, columnDual, rows: null, first, scale: 1, bonus: 0, highestWeight: 101 }, 11);
    const expected = Array.from({ length: 300 }, (_, i) =>
      y[i]! >= 101 ? -1 : scanRow(scores, i * 40, 40, y[i]!, 1, columnDual),
    );
    expect([...first]).toEqual(expected);
    expect(expected.filter((j) => j !== -1).length).toBeGreaterThan(0);
    expect(expected.filter((j) => j === -1).length).toBeGreaterThan(0);

    port1.postMessage({ kind: 'stop' });
    Atomics.add(doorbell, 0, 1);
    Atomics.notify(doorbell, 0);
    const [exitCode] = await once(helper, 'exit');
    expect(exitCode).toBe(0);
  });
});

describe('hard constraints and reasons', () => {
  const only = (mentorFields: Record<string, unknown>, menteeFields: Record<string, unknown>, extra = {}) =>
    matchCohort({
      settings: settings({ weights: { goals: 1 }, ...extra }),
      mentors: [mentor('m1', mentorFields)],
      mentees: [mentee('e1', menteeFields)],
    });

  it.each([
    ['language', { languages: ['es'] }, {}, { requireSharedLanguage: true }],
    ['availability', { availability: [{ day: 'mon', start: '12:00', end: '12:30' }] }, {}, { minOverlapMinutes: 60 }],
    ['mentor-gender', { gender: 'male' }, { preferences: { mentorGender: 'female' } }, {}],
    ['mentor-gender', {}, { preferences: { mentorGender: 'female' } }, {}],
    ['age-gap', { age: 30 }, { age: 15 }, { ageGap: { min: 1, max: 10 } }],
    ['age-gap', { age: 15 }, { age: 15 }, { ageGap: { min: 1, max: 10 } }],
    ['excluded', { excludes: ['e1'] }, {}, {}],
    ['excluded', {}, { excludes: ['m1'] }, {}],
    ['no-capacity', { capacity: 0 }, {}, {}],
  ])('leaves a mentee unmatched when %s rules out the only mentor', (constraint, mentorFields, menteeFields, extra) => {
    expect(only(mentorFields, menteeFields, extra)).toMatchObject({
      assignments: [],
      unmatched: [{ mentee: 'e1', reason: 'no-possible-mentor', ruledOutBy: { [constraint]: 1 } }],
    });
  });

  it('applies the age gap only when both ages are known', () => {
    expect(only({ age: 30 }, {}, { ageGap: { min: 1, max: 10 } }).objective.matched).toBe(1);
  });

  it('names every constraint that rules a mentor out', () => {
    const output = only(
      { languages: ['es'], capacity: 0, availability: [] },
      {},
      { requireSharedLanguage: true, minOverlapMinutes: 30 },
    );
    expect(output.unmatched).toEqual([
      { mentee: 'e1', reason: 'no-possible-mentor', ruledOutBy: { language: 1, availability: 1, 'no-capacity': 1 } },
    ]);
  });

  it('says when capacity went to pairs the objective prefers', () => {
    const output = matchCohort({
      settings: settings({ weights: { goals: 1 } }),
      mentors: [mentor('m1', { strengths: ['g'] })],
      mentees: [mentee('e1', { goals: ['x'] }), mentee('e2', { goals: ['g'] })],
    });
    expect(output.assignments.map((a) => [a.mentee, a.score])).toEqual([['e2', 100]]);
    expect(output.unmatched).toEqual([{ mentee: 'e1', reason: 'capacity-taken', possibleMentors: 1 }]);
  });

  it('names a shared experience only when both people allow it, rarest first', () => {
    const output = matchCohort({
      settings: settings({ weights: { experiences: 1 } }),
      mentors: [
        mentor('m1', { experiences: ['common', 'rare', 'hidden'], showExperiences: ['common', 'rare'] }),
        mentor('m2', { experiences: ['common'] }),
      ],
      mentees: [
        mentee('e1', { experiences: ['common', 'rare', 'hidden'], showExperiences: ['common', 'rare', 'hidden'] }),
        mentee('e2', { experiences: ['common'] }),
      ],
    });
    expect(output.assignments[0]).toMatchObject({ mentee: 'e1', mentor: 'm1' });
    expect(output.assignments[0]?.reasons.filter((r) => r.code === 'shared-experience')).toEqual([
      { code: 'shared-experience', detail: 'rare' },
      { code: 'shared-experience', detail: 'common' },
      { code: 'shared-experience', detail: 'private' },
    ]);
  });

  it('states the default reference week: the Monday of the week of the run', () => {
    const output = matchCohort(
      { mentors: [mentor('m1')], mentees: [mentee('e1')] },
      { now: new Date('2026-09-10T23:30:00Z') },
    );
    expect(output.referenceWeek).toBe('2026-09-07');
  });
});
