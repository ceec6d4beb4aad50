import { arrayAt, assertUniqueIds, idAt, numberAt, objectAt, onlyKeys } from './field-checks.ts';
import { MatchInputError } from './match-input-error.ts';
import type { MatchInput, ScoreForm } from './types.ts';
import { validateProfileForm } from './validate-profile-form.ts';
import { validateScoreSettings } from './validate-settings.ts';

/**
 * Checks raw input (parsed JSON) against MATCHING.md and returns it with defaults filled in and
 * tag lists deduplicated. Input with a `scores` key is the score form, otherwise the profile form.
 * Unknown fields are refused. `now` picks the default reference week (the Monday of its week, UTC).
 * @throws MatchInputError naming the first offending field and index.
 */
export function validateMatchInput(raw: unknown, now: Date = new Date()): MatchInput {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MatchInputError('', 'the input must be a JSON object with settings, mentors and mentees');
  }
  const form = raw as Record<string, unknown>;
  return 'scores' in form ? validateScoreForm(form) : validateProfileForm(form, now);
}

function validateScoreForm(form: Record<string, unknown>): ScoreForm {
  onlyKeys(form, new Set(['settings', 'mentors', 'mentees', 'scores']), '');
  const settings = validateScoreSettings(form.settings);
  const mentors = arrayAt(form.mentors, 'mentors').map((value, index) => {
    const field = `mentors[${index}]`;
    const mentor = objectAt(value, field);
    onlyKeys(mentor, new Set(['id', 'capacity']), field);
    return {
      id: idAt(mentor.id, `${field}.id`),
      capacity: numberAt(mentor.capacity, `${field}.capacity`, { min: 0, max: 1_000_000, integer: true }),
    };
  });
  const mentees = arrayAt(form.mentees, 'mentees').map((value, index) => {
    const field = `mentees[${index}]`;
    const mentee = objectAt(value, field);
    onlyKeys(mentee, new Set(['id']), field);
    return { id: idAt(mentee.id, `${field}.id`) };
  });
  assertUniqueIds(mentors, 'mentors');
  assertUniqueIds(mentees, 'mentees');
  return { form: 'score', settings, mentors, mentees, scores: scoresAt(form.scores, mentees.length, mentors.length) };
}

/** `scores[menteeIndex][mentorIndex]`: one row per mentee, one entry per mentor, 0–100 or null. */
function scoresAt(value: unknown, menteeCount: number, mentorCount: number): (number | null)[][] {
  const rows = arrayAt(value, 'scores');
  if (rows.length !== menteeCount) {
    throw new MatchInputError('scores', `must have one row per mentee: ${menteeCount} expected, ${rows.length} given`);
  }
  for (let row = 0; row < rows.length; row++) {
    const entries = rows[row];
    if (!Array.isArray(entries)) throw new MatchInputError(`scores[${row}]`, 'must be an array (one score per mentor)');
    if (entries.length !== mentorCount) {
      throw new MatchInputError(
        `scores[${row}]`,
        `must have one score per mentor: ${mentorCount} expected, ${entries.length} given`,
      );
    }
    for (let column = 0; column < mentorCount; column++) {
      const score = entries[column];
      if (score === null) continue;
      if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 100) {
        throw new MatchInputError(
          `scores[${row}][${column}]`,
          `must be a whole number from 0 to 100 or null, got ${JSON.stringify(score)}`,
        );
      }
    }
  }
  return rows as (number | null)[][];
}
