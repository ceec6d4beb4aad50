import type { Reason } from '../../../matching/types.ts';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import type { ExperienceChoices } from '../participants/experience-consent.ts';
import { experienceLabels, openExperiencesInBulk } from '../participants/open-experiences-in-bulk.ts';
import type { StoredReason } from './tables.ts';

/** Who looks decides which consent names a shared experience: staff, or the two people of the match. */
export type ReasonViewer = 'staff' | 'match';

const CHOICE: Record<ReasonViewer, keyof ExperienceChoices> = { staff: 'showToStaff', match: 'showToMatch' };

/**
 * Stored reasons in words for a viewer. A shared experience is named only when both people's
 * current consent lets this viewer see it and both still hold it; otherwise it reads "private".
 * Many lists at once, so a whole run opens its experience rows in one go.
 */
export async function openReasons(
  db: Db | Tx,
  ctx: Ctx,
  programId: string,
  lists: StoredReason[][],
  viewer: ReasonViewer,
): Promise<{ reasons: Reason[][]; namesAnExperience: boolean }> {
  const rowIds = lists.flatMap((reasons) =>
    reasons.flatMap((r) => (r.code === 'shared-experience' ? [r.menteeRowId, r.mentorRowId] : [])),
  );
  const opened =
    rowIds.length === 0
      ? new Map()
      : new Map((await openExperiencesInBulk(db, ctx, { rowIds: [...new Set(rowIds)] })).map((r) => [r.rowId, r]));
  const labels = rowIds.length === 0 ? new Map<string, string>() : await experienceLabels(db, programId);
  let namesAnExperience = false;
  const reasons = lists.map((list) => {
    const named: Reason[] = [];
    const rest: Reason[] = [];
    for (const reason of list) {
      if (reason.code !== 'shared-experience') {
        rest.push({ code: reason.code, detail: reason.detail });
        continue;
      }
      const mentee = opened.get(reason.menteeRowId);
      const mentor = opened.get(reason.mentorRowId);
      const isVisible =
        mentee !== undefined &&
        mentor !== undefined &&
        mentee.experienceId === mentor.experienceId &&
        mentee.choices[CHOICE[viewer]] &&
        mentor.choices[CHOICE[viewer]];
      if (isVisible) {
        namesAnExperience = true;
        named.push({ code: 'shared-experience', detail: labels.get(mentee.experienceId) ?? 'private' });
      } else {
        rest.unshift({ code: 'shared-experience', detail: 'private' });
      }
    }
    // Named experiences first, then the private ones, then the rest in the engine's order.
    const privateOnes = rest.filter((r) => r.code === 'shared-experience');
    return [...named, ...privateOnes, ...rest.filter((r) => r.code !== 'shared-experience')];
  });
  return { reasons, namesAnExperience };
}
