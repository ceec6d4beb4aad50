import { type Json, numberAt, objectAt, oneOf, onlyKeys } from './field-checks.ts';
import { MatchInputError } from './match-input-error.ts';
import { mondayOfWeek, referenceWeekProblem } from './reference-week.ts';
import type { Objective, ProfileSettings, Weights } from './types.ts';

/** MATCHING.md's defaults, taken by every setting left out. */
export const DEFAULT_WEIGHTS: Weights = {
  experiences: 0.5,
  goals: 0.2,
  interests: 0.1,
  availability: 0.15,
  language: 0.05,
};
const DEFAULTS = { minOverlapMinutes: 60, requireSharedLanguage: true, ageGap: { min: 1, max: 10 } };
const OBJECTIVES: readonly Objective[] = ['max-score', 'most-matched-then-score'];
const DEFAULT_OBJECTIVE: Objective = 'most-matched-then-score';

const PROFILE_KEYS = new Set([
  'weights',
  'referenceWeek',
  'minOverlapMinutes',
  'requireSharedLanguage',
  'ageGap',
  'objective',
]);
const WEIGHT_KEYS = new Set(Object.keys(DEFAULT_WEIGHTS));

export function validateObjective(value: unknown): Objective {
  return value === undefined ? DEFAULT_OBJECTIVE : oneOf(value, 'settings.objective', OBJECTIVES);
}

/** The score form uses only the objective. */
export function validateScoreSettings(value: unknown): { objective: Objective } {
  if (value === undefined) return { objective: DEFAULT_OBJECTIVE };
  const settings = objectAt(value, 'settings');
  onlyKeys(settings, new Set(['objective']), 'settings');
  return { objective: validateObjective(settings.objective) };
}

export function validateProfileSettings(value: unknown, now: Date): ProfileSettings {
  const settings: Json = value === undefined ? {} : objectAt(value, 'settings');
  onlyKeys(settings, PROFILE_KEYS, 'settings');
  const referenceWeek =
    settings.referenceWeek === undefined ? mondayOfWeek(now) : dateAt(settings.referenceWeek, 'settings.referenceWeek');
  const weekProblem = referenceWeekProblem(referenceWeek);
  if (weekProblem) throw new MatchInputError('settings.referenceWeek', weekProblem);
  const requireSharedLanguage = settings.requireSharedLanguage ?? DEFAULTS.requireSharedLanguage;
  if (typeof requireSharedLanguage !== 'boolean') {
    throw new MatchInputError('settings.requireSharedLanguage', 'must be true or false');
  }
  return {
    weights: validateWeights(settings.weights),
    referenceWeek,
    minOverlapMinutes:
      settings.minOverlapMinutes === undefined
        ? DEFAULTS.minOverlapMinutes
        : numberAt(settings.minOverlapMinutes, 'settings.minOverlapMinutes', { min: 0, max: 10_080, integer: true }),
    requireSharedLanguage,
    ageGap: validateAgeGap(settings.ageGap),
    objective: validateObjective(settings.objective),
  };
}

function dateAt(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new MatchInputError(field, 'must be a date "YYYY-MM-DD"');
  }
  return value;
}

function validateWeights(value: unknown): Weights {
  if (value === undefined) return { ...DEFAULT_WEIGHTS };
  const given = objectAt(value, 'settings.weights');
  onlyKeys(given, WEIGHT_KEYS, 'settings.weights');
  const weights = { ...DEFAULT_WEIGHTS };
  for (const key of Object.keys(DEFAULT_WEIGHTS) as (keyof Weights)[]) {
    if (given[key] !== undefined) {
      weights[key] = numberAt(given[key], `settings.weights.${key}`, { min: 0, max: 1_000_000 });
    }
  }
  if (Object.values(weights).every((weight) => weight === 0)) {
    throw new MatchInputError('settings.weights', 'at least one weight must be above 0');
  }
  return weights;
}

/** `null` turns the age-gap constraint off; left out, it is MATCHING.md's default 1 … 10. */
function validateAgeGap(value: unknown): ProfileSettings['ageGap'] {
  if (value === undefined) return { ...DEFAULTS.ageGap };
  if (value === null) return null;
  const gap = objectAt(value, 'settings.ageGap');
  onlyKeys(gap, new Set(['min', 'max']), 'settings.ageGap');
  const min = numberAt(gap.min, 'settings.ageGap.min', { min: -150, max: 150 });
  const max = numberAt(gap.max, 'settings.ageGap.max', { min: -150, max: 150 });
  if (min > max) throw new MatchInputError('settings.ageGap', `min (${min}) must not be above max (${max})`);
  return { min, max };
}
