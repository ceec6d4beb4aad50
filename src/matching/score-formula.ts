import type { Weights } from './types.ts';

/** A score matrix entry for an impossible pair (scores are 0–100, so a byte holds either). */
export const IMPOSSIBLE = 255;

/** Overlap minutes at which the availability part is full. */
export const FULL_OVERLAP_MINUTES = 120;

function weightTotal(w: Weights): number {
  return w.experiences + w.goals + w.interests + w.availability + w.language;
}

/**
 * The score formula with its divisions done once per mentee: `round(100 × Σ weight × part / Σ weight)`
 * as a sum of each part's count times a factor (`100 × weight / (Σ weight × denominator)`), so that a
 * pair costs multiplications and at most one division (interests, whose denominator depends on both
 * people). The same quantity up to the last bits of a double, far inside pairScore's 1e-9 nudge;
 * both the matrix (row-scorer.ts) and the readable description (describe-pair.ts) compute it here,
 * so they agree to the bit.
 */
export interface ScoreFactors {
  /** Per unit of shared IDF (0 when the mentee names no experience). */
  experiences: number;
  /** Per goal met (0 when the mentee names no goal). */
  goals: number;
  /** Per unit of the interests' Jaccard ratio. */
  interests: number;
  /** Indexed by overlap minutes up to FULL_OVERLAP_MINUTES. */
  availability: Float64Array;
  /** For sharing a language. */
  language: number;
}

/** The factors every mentee shares; experiences and goals are set per mentee (menteeFactors). */
export function cohortFactors(w: Weights): ScoreFactors {
  const total = weightTotal(w);
  const availability = new Float64Array(FULL_OVERLAP_MINUTES + 1);
  for (let minutes = 0; minutes <= FULL_OVERLAP_MINUTES; minutes++) {
    availability[minutes] = (100 * w.availability * minutes) / (FULL_OVERLAP_MINUTES * total);
  }
  return {
    experiences: 0,
    goals: 0,
    interests: (100 * w.interests) / total,
    availability,
    language: (100 * w.language) / total,
  };
}

/** One mentee's factors: `menteeIdfTotal` is the Σ IDF of their experiences, `menteeGoals` how many goals they name. */
export function menteeFactors(
  cohort: ScoreFactors,
  w: Weights,
  menteeIdfTotal: number,
  menteeGoals: number,
): ScoreFactors {
  const total = weightTotal(w);
  return {
    ...cohort,
    experiences: menteeIdfTotal > 0 ? (100 * w.experiences) / (menteeIdfTotal * total) : 0,
    goals: menteeGoals > 0 ? (100 * w.goals) / (menteeGoals * total) : 0,
  };
}

/**
 * One pair's score from what the two share: `sharedIdf` (Σ IDF of shared experiences, summed in
 * ascending experience id), goals met, interests in common and in the union of both lists, weekly
 * overlap minutes, whether they share a language.
 */
export function pairScore(
  f: ScoreFactors,
  sharedIdf: number,
  goalsMet: number,
  commonInterests: number,
  interestUnion: number,
  overlapMinutes: number,
  sharesLanguage: boolean,
): number {
  let sum = f.experiences * sharedIdf + f.goals * goalsMet;
  if (commonInterests > 0) sum += f.interests * (commonInterests / interestUnion);
  sum += f.availability[Math.min(overlapMinutes, FULL_OVERLAP_MINUTES)]!;
  if (sharesLanguage) sum += f.language;
  // Halves up, as JavaScript's Math.round. Weights such as 0.15 are not exact in binary, so a value
  // a person computes as exactly 72.5 can come out as 72.49999999999999; the 1e-9 nudge makes such
  // a half round up as it does by hand. (Only an exact rational can be a half; an irrational value
  // within 1e-9 of one is not a practical concern.)
  return Math.floor(sum + 0.5 + 1e-9);
}
