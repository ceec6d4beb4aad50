import type { CohortIndex } from './cohort-index.ts';
import { MatchInputError } from './match-input-error.ts';
import { PinError } from './pin-error.ts';
import { ruleOutMask, ruleOutNames } from './rule-outs.ts';
import type { MatchInput, RuledOutBy } from './types.ts';

/** A pair the coordinator fixed before the run: it is kept, and the rest is solved around it. */
export interface Pin {
  mentee: string;
  mentor: string;
}

/** The pins as indices: `mentorOf[i]` is mentee i's pinned mentor or -1; `count` how many pins. */
export interface ResolvedPins {
  mentorOf: Int32Array;
  count: number;
}

/**
 * Checks the pins against the cohort and resolves them to indices, before any scoring, so that a
 * refused pin costs nothing. Refused, each naming the pin's index: an id not in the run, a mentee
 * pinned twice, a mentor pinned more often than its capacity, a pair a hard constraint rules out
 * (rule-outs.ts, the same constraints scoring applies; in the score form, a `null` score).
 * @throws PinError (a MatchInputError) for the first pin refused; MatchInputError for a malformed pin.
 */
export function resolvePins(input: MatchInput, index: CohortIndex | null, pins: readonly Pin[]): ResolvedPins {
  const menteeIndex = new Map(input.mentees.map((mentee, i) => [mentee.id, i]));
  const mentorIndex = new Map(input.mentors.map((mentor, j) => [mentor.id, j]));
  const mentorOf = new Int32Array(input.mentees.length).fill(-1);
  const pinnedTo = new Int32Array(input.mentors.length);
  pins.forEach((pin, k) => {
    const field = `pins[${k}]`;
    if (typeof pin !== 'object' || pin === null) throw new MatchInputError(field, 'must be an object {mentee, mentor}');
    if (typeof pin.mentee !== 'string') throw new MatchInputError(`${field}.mentee`, 'must be a mentee id');
    if (typeof pin.mentor !== 'string') throw new MatchInputError(`${field}.mentor`, 'must be a mentor id');
    const i = menteeIndex.get(pin.mentee);
    if (i === undefined) {
      throw new PinError(`${field}.mentee`, k, 'unknown-mentee', `mentee "${pin.mentee}" is not in this run`);
    }
    const j = mentorIndex.get(pin.mentor);
    if (j === undefined) {
      throw new PinError(`${field}.mentor`, k, 'unknown-mentor', `mentor "${pin.mentor}" is not in this run`);
    }
    if (mentorOf[i] !== -1) {
      throw new PinError(
        `${field}.mentee`,
        k,
        'mentee-pinned-twice',
        `mentee "${pin.mentee}" is already pinned by pins[${pins.findIndex((other) => other.mentee === pin.mentee)}]`,
      );
    }
    const capacity = input.mentors[j]!.capacity;
    if (pinnedTo[j]! >= capacity) {
      throw new PinError(
        `${field}.mentor`,
        k,
        'mentor-over-capacity',
        capacity === 0
          ? `mentor "${pin.mentor}" has no capacity left in this run`
          : `mentor "${pin.mentor}" has capacity ${capacity}, already taken by earlier pins`,
      );
    }
    const ruledOutBy = pairRuledOutBy(input, index, i, j);
    if (ruledOutBy.length > 0) {
      throw new PinError(
        field,
        k,
        'impossible-pair',
        `mentee "${pin.mentee}" and mentor "${pin.mentor}" cannot be paired (ruled out by ${ruledOutBy.join(', ')})`,
        ruledOutBy,
      );
    }
    mentorOf[i] = j;
    pinnedTo[j]!++;
  });
  return { mentorOf, count: pins.length };
}

function pairRuledOutBy(input: MatchInput, index: CohortIndex | null, i: number, j: number): RuledOutBy[] {
  if (input.form === 'score') return input.scores[i]![j] === null ? ['impossible-score'] : [];
  return ruleOutNames(ruleOutMask(index!, i, j));
}
