import { MatchInputError } from './match-input-error.ts';
import type { RuledOutBy } from './types.ts';

/** Why a pinned pair cannot be kept. */
export type PinProblem =
  | 'unknown-mentee'
  | 'unknown-mentor'
  | 'mentee-pinned-twice'
  | 'mentor-over-capacity'
  | 'impossible-pair';

/**
 * A pin (MatchingOptions.pins) the engine refuses. It is a MatchInputError, so whoever maps those to
 * "invalid input" needs nothing more; `pin` and `problem` let the product say which pin and why
 * (`field` is `pins[<pin>]` or `pins[<pin>].mentee` / `.mentor`).
 */
export class PinError extends MatchInputError {
  /** Index of the refused pin in the `pins` list. */
  readonly pin: number;
  readonly problem: PinProblem;
  /** For `impossible-pair`: every hard constraint ruling the pair out (`impossible-score` in the score form). */
  readonly ruledOutBy: RuledOutBy[];

  constructor(field: string, pin: number, problem: PinProblem, message: string, ruledOutBy: RuledOutBy[] = []) {
    super(field, message);
    this.name = 'PinError';
    this.pin = pin;
    this.problem = problem;
    this.ruledOutBy = ruledOutBy;
  }
}
