import { describe, expect, it } from 'vitest';
import { mentee, mentor } from '../../test/matching/support/profiles.ts';
import { MatchInputError } from './match-input-error.ts';
import { validateMatchInput } from './validate-match-input.ts';

const profileForm = (changes: Record<string, unknown> = {}) => ({
  settings: { referenceWeek: '2026-09-07' },
  mentors: [mentor('m1'), mentor('m2')],
  mentees: [mentee('e1'), mentee('e2')],
  ...changes,
});

const scoreForm = (changes: Record<string, unknown> = {}) => ({
  settings: { objective: 'max-score' },
  mentors: [
    { id: 'm1', capacity: 2 },
    { id: 'm2', capacity: 1 },
  ],
  mentees: [{ id: 'e1' }, { id: 'e2' }],
  scores: [
    [80, null],
    [75, 60],
  ],
  ...changes,
});

function refusal(input: unknown): MatchInputError {
  try {
    validateMatchInput(input);
  } catch (error) {
    if (error instanceof MatchInputError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('validateMatchInput', () => {
  it.each([
    ['not an object', [], '', 'the input must be a JSON object'],
    [
      'a duplicate mentor id',
      profileForm({ mentors: [mentor('m1'), mentor('m1')] }),
      'mentors[1].id',
      'duplicate id "m1" (also mentors[0].id)',
    ],
    ['a duplicate mentee id', scoreForm({ mentees: [{ id: 'e1' }, { id: 'e1' }] }), 'mentees[1].id', 'duplicate id'],
    ['an empty id', profileForm({ mentees: [mentee('')] }), 'mentees[0].id', 'must be a non-empty string'],
    [
      'a negative capacity',
      profileForm({ mentors: [mentor('m1'), mentor('m2', { capacity: -1 })] }),
      'mentors[1].capacity',
      'must be from 0',
    ],
    [
      'a fractional capacity',
      scoreForm({ mentors: [{ id: 'm1', capacity: 1.5 }] }),
      'mentors[0].capacity',
      'must be a whole number',
    ],
    [
      'a score above 100',
      scoreForm({
        scores: [
          [80, null],
          [75, 101],
        ],
      }),
      'scores[1][1]',
      'got 101',
    ],
    [
      'a fractional score',
      scoreForm({
        scores: [
          [80.5, null],
          [75, 60],
        ],
      }),
      'scores[0][0]',
      'whole number',
    ],
    [
      'a score given as text',
      scoreForm({
        scores: [
          ['80', null],
          [75, 60],
        ],
      }),
      'scores[0][0]',
      'got "80"',
    ],
    ['too few score rows', scoreForm({ scores: [[80, null]] }), 'scores', 'one row per mentee: 2 expected, 1 given'],
    ['a short score row', scoreForm({ scores: [[80, null], [75]] }), 'scores[1]', '2 expected, 1 given'],
    ['a score row that is not a list', scoreForm({ scores: [[80, null], 75] }), 'scores[1]', 'must be an array'],
    [
      'profile fields in the score form',
      scoreForm({ mentees: [{ id: 'e1', languages: ['en'] }, { id: 'e2' }] }),
      'mentees[0].languages',
      'is not a known field',
    ],
    [
      'an unknown time zone',
      profileForm({ mentees: [mentee('e1', { timezone: 'Mars/Olympus_Mons' })] }),
      'mentees[0].timezone',
      'unknown time zone "Mars/Olympus_Mons"',
    ],
    [
      'availability without a time zone',
      profileForm({ mentors: [mentor('m1', { timezone: null })] }),
      'mentors[0].timezone',
      'is required when availability is given',
    ],
    [
      'a bad start time',
      profileForm({ mentees: [mentee('e1', { availability: [{ day: 'mon', start: '25:00', end: '26:00' }] })] }),
      'mentees[0].availability[0].start',
      'must be a time "HH:MM"',
    ],
    [
      'an end before the start',
      profileForm({
        mentees: [
          mentee('e1'),
          mentee('e2', {
            availability: [
              { day: 'tue', start: '10:00', end: '11:00' },
              { day: 'fri', start: '22:00', end: '01:00' },
            ],
          }),
        ],
      }),
      'mentees[1].availability[1].end',
      'must be after start (22:00)',
    ],
    [
      'an unknown weekday',
      profileForm({ mentors: [mentor('m1', { availability: [{ day: 'monday', start: '10:00', end: '11:00' }] })] }),
      'mentors[0].availability[0].day',
      'must be one of',
    ],
    [
      'a reference week that is not a Monday',
      profileForm({ settings: { referenceWeek: '2026-09-09' } }),
      'settings.referenceWeek',
      '2026-09-09 is a Wednesday',
    ],
    [
      'a reference week that is not a date',
      profileForm({ settings: { referenceWeek: '2026-02-30' } }),
      'settings.referenceWeek',
      'not a calendar date',
    ],
    [
      'a misspelt setting',
      profileForm({ settings: { minOverlapMinute: 30 } }),
      'settings.minOverlapMinute',
      'is not a known field',
    ],
    [
      'an unknown objective',
      scoreForm({ settings: { objective: 'best' } }),
      'settings.objective',
      'must be one of "max-score", "most-matched-then-score"',
    ],
    [
      'a negative weight',
      profileForm({ settings: { weights: { goals: -1 } } }),
      'settings.weights.goals',
      'must be from 0',
    ],
    [
      'all weights zero',
      profileForm({
        settings: { weights: { experiences: 0, goals: 0, interests: 0, availability: 0, language: 0 } },
      }),
      'settings.weights',
      'at least one weight',
    ],
    [
      'an age gap whose min is above its max',
      profileForm({ settings: { ageGap: { min: 5, max: 1 } } }),
      'settings.ageGap',
      'must not be above max',
    ],
    [
      'a tag that is not text',
      profileForm({ mentees: [mentee('e1', { goals: ['ok', 3] })] }),
      'mentees[0].goals[1]',
      '',
    ],
  ])('refuses %s, naming the field', (_, input, field, message) => {
    const error = refusal(input);
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
    expect(error.message.startsWith(field)).toBe(true);
  });

  it('fills in the defaults of MATCHING.md and drops duplicate tags', () => {
    const input = validateMatchInput(
      { mentors: [mentor('m1', { interests: ['a', 'a', 'b'] })], mentees: [mentee('e1')] },
      new Date('2026-09-13T12:00:00Z'),
    );
    expect(input.settings).toEqual({
      weights: { experiences: 0.5, goals: 0.2, interests: 0.1, availability: 0.15, language: 0.05 },
      referenceWeek: '2026-09-07',
      minOverlapMinutes: 60,
      requireSharedLanguage: true,
      ageGap: { min: 1, max: 10 },
      objective: 'most-matched-then-score',
    });
    expect(input.mentors[0]).toMatchObject({ interests: ['a', 'b'] });
  });
});
