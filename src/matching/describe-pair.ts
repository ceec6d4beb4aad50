import type { CohortIndex } from './cohort-index.ts';
import { pairOverlap, ruleOutMask, ruleOutNames } from './rule-outs.ts';
import { cohortFactors, FULL_OVERLAP_MINUTES, menteeFactors, pairScore } from './score-formula.ts';
import { mentorHasTag, type TagSets } from './tag-sets.ts';
import type { RuledOutBy } from './types.ts';

/** One pair worked out in full, as a person would by hand: parts, score, what is shared, rule-outs. */
export interface PairDescription {
  /** Every hard constraint the pair fails, empty when the pair is possible (capacity aside). */
  ruledOutBy: RuledOutBy[];
  parts: { experiences: number; goals: number; interests: number; availability: number; language: number };
  /** The score the formula gives, whether or not the pair is possible. */
  score: number;
  overlapMinutes: number;
  /** Tag ids (of the index's tag sets) shared, in the mentee's order. */
  sharedExperiences: number[];
  goalsMet: number[];
  sharedInterests: number[];
  sharedLanguages: number[];
}

function shared(sets: TagSets, mentee: number, mentor: number): number[] {
  const ids: number[] = [];
  for (let k = sets.start[mentee]!; k < sets.start[mentee + 1]!; k++) {
    if (mentorHasTag(sets, mentor, sets.items[k]!)) ids.push(sets.items[k]!);
  }
  return ids;
}

const countOf = (sets: TagSets, mentee: number) => sets.start[mentee + 1]! - sets.start[mentee]!;

/** MATCHING.md "Scores" for mentee `i` and mentor `j`, readable rather than fast (score-all-pairs.ts is fast). */
export function describePair(index: CohortIndex, i: number, j: number): PairDescription {
  const overlap = pairOverlap(index, i, j);
  const sharedExperiences = shared(index.experiences, i, j);
  const goalsMet = shared(index.goals, i, j);
  const sharedInterests = shared(index.interests, i, j);
  const sharedLanguages = shared(index.languages, i, j);

  const idfTotal = index.menteeIdfTotal[i]!;
  // Summed in ascending id order, as score-all-pairs.ts does (the order of a floating-point sum matters).
  const sharedIdf = [...sharedExperiences].sort((a, b) => a - b).reduce((sum, id) => sum + index.experienceIdf[id]!, 0);
  const goalCount = countOf(index.goals, i);
  const union = countOf(index.interests, i) + index.interests.mentorSizes[j]! - sharedInterests.length;
  const parts = {
    experiences: idfTotal > 0 ? sharedIdf / idfTotal : 0,
    goals: goalCount > 0 ? goalsMet.length / goalCount : 0,
    interests: union > 0 ? sharedInterests.length / union : 0,
    availability: overlap >= FULL_OVERLAP_MINUTES ? 1 : overlap / FULL_OVERLAP_MINUTES,
    language: sharedLanguages.length > 0 ? 1 : 0,
  };
  const w = index.input.settings.weights;
  // round(100 × Σ weight × part / Σ weight), computed as the matrix computes it (score-formula.ts).
  const factors = menteeFactors(cohortFactors(w), w, idfTotal, goalCount);
  return {
    ruledOutBy: ruleOutNames(ruleOutMask(index, i, j)),
    parts,
    score: pairScore(
      factors,
      sharedIdf,
      goalsMet.length,
      sharedInterests.length,
      union,
      overlap,
      sharedLanguages.length > 0,
    ),
    overlapMinutes: overlap,
    sharedExperiences,
    goalsMet,
    sharedInterests,
    sharedLanguages,
  };
}
