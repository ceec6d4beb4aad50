import { describe, expect, it } from 'vitest';
import { generateCohort } from '../../bench/matching/generate-cohort.ts';
import { MatchInputError } from '../../src/matching/match-input-error.ts';
import { PinError } from '../../src/matching/pin-error.ts';
import { matchCohort } from '../../src/matching/run-matching.ts';
import { runMatchingInWorker } from '../../src/server/features/matching/run-matching-in-worker.ts';
import { mentee, mentor, settings } from './support/profiles.ts';

const cohort = () => ({
  settings: settings({ weights: { experiences: 1, language: 1 } }),
  mentors: [mentor('m1', { experiences: ['foster-care'], capacity: 2 }), mentor('m2', { languages: ['es'] })],
  mentees: [
    mentee('e1', { experiences: ['foster-care'] }),
    mentee('e2', { languages: ['es'] }),
    mentee('e3', { experiences: ['foster-care'], languages: ['en', 'es'] }),
  ],
});

describe('runMatchingInWorker', () => {
  it('gives what the engine gives in this thread, with the pins and reference week passed on', async () => {
    const now = new Date('2026-03-11T10:00:00Z');
    const options = { now, pins: [{ mentee: 'e3', mentor: 'm2' }] };
    const { settings: withWeek, ...people } = cohort();
    const { referenceWeek: _, ...noWeek } = withWeek as Record<string, unknown>;
    const input = { settings: noWeek, ...people };
    const output = await runMatchingInWorker(input, options);
    expect(output).toEqual(matchCohort(structuredClone(input), options));
    expect(output.referenceWeek).toBe('2026-03-09');
    expect(output.assignments).toContainEqual(expect.objectContaining({ mentee: 'e3', mentor: 'm2', pinned: true }));
  });

  it('forwards progress, stage by stage and scoring as it goes', async () => {
    const seen: [string, number, number][] = [];
    const input = generateCohort(600, 60, 7);
    const output = await runMatchingInWorker(input, {}, (stage, done, total) => seen.push([stage, done, total]));
    expect(output).toEqual(matchCohort(structuredClone(input)));
    expect(seen[0]).toEqual(['scoring', 0, 600]);
    expect(seen).toContainEqual(['scoring', 256, 600]);
    expect(seen.map(([stage]) => stage).filter((stage, k, all) => stage !== all[k - 1])).toEqual([
      'scoring',
      'solving',
      'certifying',
      'explaining',
    ]);
  });

  it('rejects invalid input with a MatchInputError naming the field', async () => {
    const input = cohort();
    (input.mentors[1] as Record<string, unknown>).capacity = -1;
    const error = await runMatchingInWorker(input, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MatchInputError);
    expect(error).not.toBeInstanceOf(PinError);
    expect(error).toMatchObject({
      field: 'mentors[1].capacity',
      message: expect.stringMatching(/^mentors\[1\]\.capacity: /),
    });
    expect(() => matchCohort(input)).toThrow((error as Error).message);
  });

  it('rejects a pin it cannot keep with a PinError saying which and why', async () => {
    const pins = [
      { mentee: 'e1', mentor: 'm1' },
      { mentee: 'e2', mentor: 'm1' },
      { mentee: 'e3', mentor: 'm1' },
    ];
    const error = await runMatchingInWorker(cohort(), { pins }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PinError);
    expect(error).toMatchObject({
      name: 'PinError',
      field: 'pins[2].mentor',
      pin: 2,
      problem: 'mentor-over-capacity',
      ruledOutBy: [],
      message: 'pins[2].mentor: mentor "m1" has capacity 2, already taken by earlier pins',
    });
  });
});
