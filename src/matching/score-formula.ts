import type { Weights } from './types.ts';

/** A score matrix entry for an impossible pair (scores are 0–100, so a byte holds either). */
export const IMPOSSIBLE = 255;

/** Overlap minutes at which the availability part is full. */
export const FULL_OVERLAP_MINUTES = 120;

export function weightTotal(w: Weights): number {
  return w.experiences + w.goals + w.interests + w.availability + w.language;
}

/**
 * `round(100 × Σ weight × part / Σ weight)`, halves up as JavaScript's Math.round. Weights such as
 * 0.15 are not exact in binary, so a value a person computes as exactly 72.5 can come out as
 * 72.49999999999999; the 1e-9 nudge makes such a half round up as it does by hand. (Only an exact
 * rational can be a half; an irrational value within 1e-9 of one is not a practical concern.)
 */
export function roundScore(weightedSum: number, total: number): number {
  return Math.floor((100 * weightedSum) / total + 0.5 + 1e-9);
}
