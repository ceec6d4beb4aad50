/**
 * Malformed matching input. `field` names the offending place the way a person would write it,
 * e.g. `mentees[3].availability[0].end` or `scores[2][7]`; the message starts with it.
 */
export class MatchInputError extends Error {
  readonly field: string;

  constructor(field: string, problem: string) {
    super(field ? `${field}: ${problem}` : problem);
    this.name = 'MatchInputError';
    this.field = field;
  }
}
