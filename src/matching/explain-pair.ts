import type { CohortIndex } from './cohort-index.ts';
import { describePair } from './describe-pair.ts';
import type { Reason } from './types.ts';

/**
 * Why mentee `i` and mentor `j` fit, in this order: shared experiences (named only when both
 * people allow it — MATCHING.md `showExperiences` — rarest first, then one `"private"` per shared
 * experience that cannot be named), goals the mentor's strengths meet, shared interests, the
 * weekly overlap in minutes, shared languages.
 */
export function explainPair(index: CohortIndex, i: number, j: number): Reason[] {
  const mentee = index.input.mentees[i]!;
  const mentor = index.input.mentors[j]!;
  const pair = describePair(index, i, j);
  const named: { name: string; idf: number }[] = [];
  let privateCount = 0;
  for (const id of pair.sharedExperiences) {
    const name = index.experiences.tags[id]!;
    if (mentee.showExperiences.includes(name) && mentor.showExperiences.includes(name)) {
      named.push({ name, idf: index.experienceIdf[id]! });
    } else {
      privateCount++;
    }
  }
  named.sort((a, b) => b.idf - a.idf);
  const reasons: Reason[] = named.map(({ name }) => ({ code: 'shared-experience', detail: name }));
  for (let k = 0; k < privateCount; k++) reasons.push({ code: 'shared-experience', detail: 'private' });
  for (const id of pair.goalsMet) reasons.push({ code: 'goal-strength', detail: index.goals.tags[id]! });
  for (const id of pair.sharedInterests) reasons.push({ code: 'shared-interest', detail: index.interests.tags[id]! });
  if (pair.overlapMinutes > 0) reasons.push({ code: 'weekly-overlap', detail: String(pair.overlapMinutes) });
  for (const id of pair.sharedLanguages) reasons.push({ code: 'shared-language', detail: index.languages.tags[id]! });
  return reasons;
}
