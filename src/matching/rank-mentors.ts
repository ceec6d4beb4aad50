import { buildCohortIndex } from './cohort-index.ts';
import { describePair } from './describe-pair.ts';
import { explainPair } from './explain-pair.ts';
import type { Assignment, ProfileForm } from './types.ts';

/**
 * Mentee choice (MATCHING.md "Modes"): one mentee's best `limit` possible mentors with reasons,
 * scored within the whole cohort (the experience weights depend on it). Mentors without capacity
 * and impossible pairs are left out; ties go to the mentor listed first, so the list is stable.
 */
export function rankMentors(input: ProfileForm, menteeId: string, limit: number): Assignment[] {
  const i = input.mentees.findIndex((mentee) => mentee.id === menteeId);
  if (i === -1) return [];
  const index = buildCohortIndex(input);
  const ranked: { j: number; score: number }[] = [];
  input.mentors.forEach((mentor, j) => {
    if (mentor.capacity === 0) return;
    const pair = describePair(index, i, j);
    if (pair.ruledOutBy.length === 0) ranked.push({ j, score: pair.score });
  });
  ranked.sort((a, b) => b.score - a.score || a.j - b.j);
  return ranked.slice(0, limit).map(({ j, score }) => ({
    mentee: menteeId,
    mentor: input.mentors[j]!.id,
    score,
    reasons: explainPair(index, i, j),
  }));
}
