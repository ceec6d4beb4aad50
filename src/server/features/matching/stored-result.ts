import type { MatchOutput, Reason } from '../../../matching/types.ts';
import type { MatchingCohort } from './read-matching-cohort.ts';
import type { RunFigures, RunResult, StoredReason } from './tables.ts';

/**
 * The engine's answer as it is kept: a shared experience becomes the pair's two experience rows
 * (see StoredReason), and the cohort figures are worked out once.
 */
export function storedResult(cohort: MatchingCohort, output: MatchOutput): { result: RunResult; figures: RunFigures } {
  const pairs = output.assignments.map((a) => ({
    menteeId: a.mentee,
    mentorId: a.mentor,
    score: a.score,
    pinned: a.pinned === true,
    reasons: storedReasons(cohort, a),
  }));
  const unmatched = output.unmatched.map((u) =>
    u.reason === 'no-possible-mentor'
      ? { menteeId: u.mentee, reason: u.reason, ruledOutBy: u.ruledOutBy }
      : { menteeId: u.mentee, reason: u.reason, possibleMentors: u.possibleMentors },
  );
  const matched = pairs.length;
  const sharing = pairs.filter((p) => p.reasons.some((r) => r.code === 'shared-experience')).length;
  const figures: RunFigures = {
    mentees: cohort.mentees.length,
    mentors: cohort.mentors.length,
    matched,
    meanScore: matched === 0 ? 0 : Math.round((output.objective.totalScore / matched) * 10) / 10,
    sharingExperience: matched === 0 ? 0 : Math.round((sharing / matched) * 1000) / 1000,
  };
  return { result: { pairs, unmatched }, figures };
}

/** One pair's reasons as kept: a shared experience as the two people's experience rows. */
export function storedReasons(
  cohort: Pick<MatchingCohort, 'experienceRows'>,
  pair: { mentee: string; mentor: string; reasons: Reason[] },
): StoredReason[] {
  const rowOf = (participantId: string, experienceId: string) =>
    cohort.experienceRows.get(participantId)?.get(experienceId);
  return pair.reasons.map((reason): StoredReason => {
    if (reason.code !== 'shared-experience') return { code: reason.code, detail: reason.detail };
    // Every experience goes to the engine as nameable, so each detail names one both people hold.
    const menteeRowId = rowOf(pair.mentee, reason.detail);
    const mentorRowId = rowOf(pair.mentor, reason.detail);
    if (!menteeRowId || !mentorRowId) throw new Error(`shared experience without rows: ${reason.detail}`);
    return { code: 'shared-experience', menteeRowId, mentorRowId };
  });
}
