import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n.ts';

/** Shared wording of the figures: a share as a percentage, hours, and "by whom". */
export function useFigureText() {
  const { t } = useTranslation();
  const percent = (share: number | null) =>
    share === null
      ? t('consistency.notYet')
      : new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
  const hours = (value: number | null) =>
    value === null
      ? t('consistency.notYet')
      : t('consistency.hours', {
          count: value,
          hours: new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 1 }).format(value),
        });
  const byWhom = (pair: { mentor: number; mentee: number }) =>
    pair.mentor + pair.mentee === 0
      ? t('consistency.none')
      : t('consistency.byWhom', { total: pair.mentor + pair.mentee, mentor: pair.mentor, mentee: pair.mentee });
  return { percent, hours, byWhom };
}
