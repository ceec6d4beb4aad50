import { useTranslation } from 'react-i18next';
import type { Program } from '../api/types.ts';

/** "Weekly, 60 minutes": the meetings each pair is expected to hold. */
export function useCadenceText(): (cadence: Program['cadence']) => string {
  const { t } = useTranslation();
  return ({ frequency, minutes }) => t('cadence.summary', { frequency: t(`cadence.${frequency}`), minutes });
}
