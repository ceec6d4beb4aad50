import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCohort } from '../../bench/matching/generate-cohort.ts';
import { asScoreForm, assignmentProblems } from '../../test/matching/support/assignment-problems.ts';
import { bruteForceBest } from '../../test/matching/support/brute-force-best.ts';
import { mentee, mentor, settings } from '../../test/matching/support/profiles.ts';
import type { AssignmentProblem } from './assignment-problem.ts';
import { buildCohortIndex } from './cohort-index.ts';
import { MatchInputError } from './match-input-error.ts';
import { PinError } from './pin-error.ts';
import type { Pin } from './resolve-pins.ts';
import { matchCohort } from './run-matching.ts';
import { scoreAllPairs } from './score-all-pairs.ts';
import { IMPOSSIBLE } from './score-formula.ts';
import type { MatchOutput, Objective, ProfileForm } from './types.ts';
import { validateMatchInput } from './validate-match-input.ts';

const OBJECTIVES: Objective[] = ['max-score', 'most-matched-then-score'];

/** A problem with pins drawn among its possible pairs, within capacity, each mentee at most once. */
const pinnedProblems = (objective: Objective) =>
  fc.tuple(assignmentProblems(objective, 7, 3), fc.array(fc.nat(), { maxLength: 7 })).map(([problem, draws]) => {
    const { menteeCount: n, mentorCount: m, scores } = problem;
    const left = problem.capacity.slice();
    const pinnedMentorOf = new Int32Array(n).fill(-1);
    const pins: Pin[] = [];
    for (const draw of draws) {
      const i = draw % n;
      const j = Math.floor(draw / n) % m;
      if (pinnedMentorOf[i] !== -1 || scores[i * m + j] === IMPOSSIBLE || left[j] === 0) continue;
      pinnedMentorOf[i] = j;
      left[j]!--;
      pins.push({ mentee: `e${i}`, mentor: `m${j}` });
    }
    return { problem, pins, pinnedMentorOf };
  });

function refusal(run: () => unknown): PinError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PinError);
    expect(error).toBeInstanceOf(MatchInputError);
    return error as PinError;
  }
  throw new Error('the pin was not refused');
}

describe('pinned pairs', () => {
  for (const objective of OBJECTIVES) {
    it(`keeps every pin and solves the rest optimally (brute force) for ${objective}`, () => {
      fc.assert(
        fc.property(pinnedProblems(objective), ({ problem, pins, pinnedMentorOf }) => {
          const output = matchCohort(asScoreForm(problem), { pins });
          const mentorOf = new Map(output.assignments.map((a) => [a.mentee, a]));
          for (const pin of pins) {
            expect(mentorOf.get(pin.mentee)).toMatchObject({ mentor: pin.mentor, pinned: true });
          }
          const pinnedIds = new Set(pins.map((pin) => pin.mentee));
          const taken = new Int32Array(problem.mentorCount);
          let total = 0;
          for (const assignment of output.assignments) {
            expect('pinned' in assignment).toBe(pinnedIds.has(assignment.mentee));
            const i = Number(assignment.mentee.slice(1));
            const j = Number(assignment.mentor.slice(1));
            expect(assignment.score).toBe(problem.scores[i * problem.mentorCount + j]);
            taken[j]!++;
            total += assignment.score;
          }
          taken.forEach((count, j) => {
            expect(count).toBeLessThanOrEqual(problem.capacity[j]!);
          });
          expect(output.objective).toEqual({ matched: output.assignments.length, totalScore: total });
          expect(output.objective).toEqual(bruteForceBest(problem, pinnedMentorOf));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('leaves the output of a run without pins as it was (no `pinned` field)', () => {
    fc.assert(
      fc.property(assignmentProblems('most-matched-then-score', 12, 5), (problem) => {
        const plain = JSON.stringify(matchCohort(asScoreForm(problem)));
        expect(plain).not.toContain('pinned');
        expect(JSON.stringify(matchCohort(asScoreForm(problem), { pins: [] }))).toBe(plain);
      }),
      { numRuns: 50 },
    );
  });

  it('scores a pinned pair with the whole cohort (the same IDF) and gives its reasons', () => {
    // e1 shares only the common "first-generation" with m1 but also the rare "foster-care" with m2,
    // so no optimum pairs e1 with m1; e3 excludes m2, so m1 is its one possible mentor.
    const input = {
      settings: settings({ weights: { experiences: 1 }, objective: 'most-matched-then-score' }),
      mentors: [
        mentor('m1', { experiences: ['first-generation'] }),
        mentor('m2', { experiences: ['first-generation', 'foster-care'] }),
      ],
      mentees: [
        mentee('e1', { experiences: ['first-generation', 'foster-care'] }),
        mentee('e2', { experiences: ['first-generation'], excludes: ['m1'] }),
        mentee('e3', { experiences: ['first-generation'], excludes: ['m2'] }),
      ],
    };
    const index = buildCohortIndex(validateMatchInput(structuredClone(input)) as ProfileForm);
    const scores = scoreAllPairs(index);
    const idf = index.experienceIdf;
    const [firstGeneration, fosterCare] = [
      index.experiences.tags.indexOf('first-generation'),
      index.experiences.tags.indexOf('foster-care'),
    ];
    expect(scores[0]).toBe(Math.round((100 * idf[firstGeneration]!) / (idf[firstGeneration]! + idf[fosterCare]!)));
    expect(scores[0]).toBeLessThan(100);
    expect(matchCohort(structuredClone(input)).assignments).not.toContainEqual(
      expect.objectContaining({ mentee: 'e1', mentor: 'm1' }),
    );

    const output = matchCohort(structuredClone(input), { pins: [{ mentee: 'e1', mentor: 'm1' }] });
    const common = [
      { code: 'weekly-overlap', detail: '360' },
      { code: 'shared-language', detail: 'en' },
    ];
    expect(output.assignments).toEqual([
      {
        mentee: 'e1',
        mentor: 'm1',
        score: scores[0],
        pinned: true,
        reasons: [{ code: 'shared-experience', detail: 'private' }, ...common],
      },
      {
        mentee: 'e2',
        mentor: 'm2',
        score: 100,
        reasons: [{ code: 'shared-experience', detail: 'private' }, ...common],
      },
    ]);
    // e3's one possible mentor went to the pin: its capacity is taken, not "no possible mentor".
    expect(output.unmatched).toEqual([{ mentee: 'e3', reason: 'capacity-taken', possibleMentors: 1 }]);
    expect(output.objective).toEqual({ matched: 2, totalScore: scores[0]! + 100 });
  });

  it('solves a profile-form cohort with pins as the same scores in the score form', () => {
    // The profile form selects the solver's candidates while scoring; the score form afterwards.
    const input = generateCohort(300, 40, 9);
    const index = buildCohortIndex(validateMatchInput(structuredClone(input)) as ProfileForm);
    const scores = scoreAllPairs(index);
    const pins: Pin[] = [];
    const left = Int32Array.from(input.mentors, (mentor) => mentor.capacity);
    for (let i = 0; i < 300 && pins.length < 25; i += 7) {
      const j = (i * 13) % 40;
      if (scores[i * 40 + j] === IMPOSSIBLE || left[j] === 0) continue;
      left[j]!--;
      pins.push({ mentee: input.mentees[i]!.id, mentor: input.mentors[j]!.id });
    }
    expect(pins.length).toBeGreaterThan(15);
    const problem: AssignmentProblem = {
      menteeCount: 300,
      mentorCount: 40,
      capacity: Int32Array.from(input.mentors, (mentor) => mentor.capacity),
      scores,
      objective: input.settings.objective,
    };
    const scoreForm = asScoreForm(problem);
    scoreForm.mentors.forEach((mentor, j) => {
      mentor.id = input.mentors[j]!.id;
    });
    scoreForm.mentees.forEach((mentee, i) => {
      mentee.id = input.mentees[i]!.id;
    });
    const pairs = (output: MatchOutput) => output.assignments.map(({ reasons: _, ...pair }) => pair);
    const fromProfiles = matchCohort(structuredClone(input), { pins });
    const fromScores = matchCohort(scoreForm, { pins });
    expect(pairs(fromProfiles)).toEqual(pairs(fromScores));
    expect(fromProfiles.objective).toEqual(fromScores.objective);
  });

  describe('refuses a pin that cannot be kept, naming the pin and why', () => {
    const problem: AssignmentProblem = {
      menteeCount: 3,
      mentorCount: 2,
      capacity: Int32Array.from([1, 0]),
      scores: Uint8Array.from([50, 40, IMPOSSIBLE, 30, 20, 10]),
      objective: 'max-score',
    };
    const run = (pins: Pin[]) => () => matchCohort(asScoreForm(problem), { pins });

    it('an unknown mentee or mentor', () => {
      const mentee = refusal(
        run([
          { mentee: 'e0', mentor: 'm0' },
          { mentee: 'e9', mentor: 'm0' },
        ]),
      );
      expect(mentee).toMatchObject({ pin: 1, problem: 'unknown-mentee', field: 'pins[1].mentee' });
      expect(mentee.message).toBe('pins[1].mentee: mentee "e9" is not in this run');
      const mentor = refusal(run([{ mentee: 'e0', mentor: 'x' }]));
      expect(mentor).toMatchObject({ pin: 0, problem: 'unknown-mentor', field: 'pins[0].mentor' });
      expect(mentor.message).toBe('pins[0].mentor: mentor "x" is not in this run');
    });

    it('a mentee pinned twice', () => {
      const error = refusal(
        run([
          { mentee: 'e0', mentor: 'm0' },
          { mentee: 'e0', mentor: 'm0' },
        ]),
      );
      expect(error).toMatchObject({ pin: 1, problem: 'mentee-pinned-twice' });
      expect(error.message).toBe('pins[1].mentee: mentee "e0" is already pinned by pins[0]');
    });

    it('a mentor pinned beyond its capacity', () => {
      const twice = refusal(
        run([
          { mentee: 'e0', mentor: 'm0' },
          { mentee: 'e2', mentor: 'm0' },
        ]),
      );
      expect(twice).toMatchObject({ pin: 1, problem: 'mentor-over-capacity' });
      expect(twice.message).toBe('pins[1].mentor: mentor "m0" has capacity 1, already taken by earlier pins');
      const none = refusal(run([{ mentee: 'e0', mentor: 'm1' }]));
      expect(none).toMatchObject({ pin: 0, problem: 'mentor-over-capacity' });
      expect(none.message).toBe('pins[0].mentor: mentor "m1" has no capacity left in this run');
    });

    it('an impossible pair in the score form', () => {
      const error = refusal(run([{ mentee: 'e1', mentor: 'm0' }]));
      expect(error).toMatchObject({ pin: 0, problem: 'impossible-pair', ruledOutBy: ['impossible-score'] });
      expect(error.message).toBe(
        'pins[0]: mentee "e1" and mentor "m0" cannot be paired (ruled out by impossible-score)',
      );
    });

    it('a pair hard constraints rule out, naming each of them', () => {
      const input = {
        settings: settings({
          weights: { language: 1 },
          requireSharedLanguage: true,
          ageGap: { min: 1, max: 10 },
          minOverlapMinutes: 60,
        }),
        mentors: [mentor('m1', { languages: ['es'], age: 40 }), mentor('m2', { excludes: ['e1'] })],
        mentees: [mentee('e1', { age: 15, preferences: { mentorGender: 'female' } })],
      };
      const error = refusal(() => matchCohort(input, { pins: [{ mentee: 'e1', mentor: 'm1' }] }));
      expect(error).toMatchObject({
        pin: 0,
        problem: 'impossible-pair',
        ruledOutBy: ['mentor-gender', 'age-gap', 'language'],
      });
      expect(error.message).toBe(
        'pins[0]: mentee "e1" and mentor "m1" cannot be paired (ruled out by mentor-gender, age-gap, language)',
      );
      const excluded = refusal(() =>
        matchCohort({ ...input, mentees: [mentee('e1')] }, { pins: [{ mentee: 'e1', mentor: 'm2' }] }),
      );
      expect(excluded.ruledOutBy).toEqual(['excluded']);
    });

    it('a malformed pin', () => {
      expect(() => matchCohort(asScoreForm(problem), { pins: [{ mentee: 3 } as unknown as Pin] })).toThrow(
        new MatchInputError('pins[0].mentee', 'must be a mentee id'),
      );
    });
  });
});
