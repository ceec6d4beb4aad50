import { rankMentors } from '../../../matching/rank-mentors.ts';
import type { Assignment, ProfileForm, Reason } from '../../../matching/types.ts';
import { validateMatchInput } from '../../../matching/validate-match-input.ts';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Participant } from '../participants/get-participant-for-actor.ts';
import { experienceLabels } from '../participants/open-experiences-in-bulk.ts';
import { type MatchingCohort, readMatchingCohort } from './read-matching-cohort.ts';

export interface RankedMentor extends Assignment {
  name: string;
  /** The reasons the mentee may read: experiences only where the mentor allowed it for mentees choosing. */
  visibleReasons: Reason[];
}

/**
 * A ready mentee's possible mentors, best first, scored within the program's whole eligible cohort
 * exactly as a cohort run would score them (the same settings, exclusions and consents).
 */
export async function rankMentorsForMentee(
  db: Db | Tx,
  ctx: Ctx,
  mentee: Participant,
  limit: number,
): Promise<{ ranked: RankedMentor[]; cohort: MatchingCohort }> {
  const cohort = await readMatchingCohort(db, ctx, { id: mentee.programId, organizationId: mentee.organizationId });
  if (!cohort.mentees.some((m) => m.id === mentee.id)) {
    throw new AppError(
      'NOT_ELIGIBLE',
      'Choosing a mentor is open to mentees who are ready to be matched and have no match yet.',
    );
  }
  const input = validateMatchInput(cohort.input, ctx.clock.now()) as ProfileForm;
  const labels = await experienceLabels(db, mentee.programId);
  const names = new Map(cohort.mentors.map((m) => [m.id, m.name]));
  const ranked = rankMentors(input, mentee.id, limit).map((a) => ({
    ...a,
    name: names.get(a.mentor) ?? '',
    visibleReasons: a.reasons.flatMap((reason): Reason[] => {
      if (reason.code !== 'shared-experience') return [reason];
      const mentorRow = cohort.experienceRows.get(a.mentor)?.get(reason.detail);
      const isShown = mentorRow !== undefined && cohort.shownToMenteesChoosing.has(mentorRow);
      return isShown ? [{ code: reason.code, detail: labels.get(reason.detail) ?? '' }] : [];
    }),
  }));
  return { ranked, cohort };
}
