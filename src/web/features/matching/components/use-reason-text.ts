import { useTranslation } from 'react-i18next';
import type { Reason, RuleOut, UnmatchedMentee } from '../api/types.ts';
import { ruleOuts } from '../api/types.ts';

/** Who reads a reason: staff see "the mentee's goal", each of the pair reads it from their side. */
export type ReasonReader = 'staff' | 'mentee' | 'mentor';

/** A reason as a readable phrase, e.g. "Shared lived experience: first-generation student". */
export function useReasonText(reader: ReasonReader): (reason: Reason) => string {
  const { t } = useTranslation();
  return ({ code, detail }) => {
    switch (code) {
      case 'shared-experience':
        return detail === 'private'
          ? t('matchReasons.sharedExperiencePrivate')
          : t('matchReasons.sharedExperience', { experience: detail });
      case 'goal-strength':
        return t(`matchReasons.goalStrength.${reader}`, { goal: detail });
      case 'shared-interest':
        return t('matchReasons.sharedInterest', { interest: detail });
      case 'weekly-overlap':
        return t('matchReasons.weeklyOverlap', { minutes: Number(detail) });
      case 'shared-language':
        return t('matchReasons.sharedLanguage', { language: detail });
      default:
        return detail;
    }
  };
}

/**
 * Why a mentee stayed unmatched, in words: which constraints ruled their mentors out, or that the
 * places of their possible mentors went to better-scoring pairs.
 */
export function useUnmatchedText(): (unmatched: UnmatchedMentee) => string {
  const { t } = useTranslation();
  return (unmatched) => {
    if (unmatched.reason === 'capacity-taken') {
      return t('matching.unmatched.capacityTaken', { count: unmatched.possibleMentors ?? 0 });
    }
    const counts = unmatched.ruledOutBy ?? {};
    const parts = ruleOuts
      .filter((rule: RuleOut) => (counts[rule] ?? 0) > 0)
      .map((rule) => t(`matching.unmatched.ruledOut.${rule}`, { count: counts[rule] }));
    return parts.length > 0
      ? t('matching.unmatched.noPossibleMentorBecause', { causes: parts.join(', ') })
      : t('matching.unmatched.noPossibleMentor');
  };
}
