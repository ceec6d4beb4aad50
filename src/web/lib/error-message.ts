import { useTranslation } from 'react-i18next';
import { isApiError } from './api.ts';
import { i18n } from './i18n.ts';

/**
 * The reader's-language message for a failure: ours when we know the code, else the server's
 * (which is English). Field-level detail is shown beside the fields themselves. Some codes have a
 * Spanish text and no English one on purpose: the server's English message names specifics (the
 * clashing meeting's time, the program's last day) that a fixed translation cannot, so English
 * readers get it, and Spanish readers the general sense in their language rather than English.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!isApiError(error)) return t('errors.UNKNOWN');
    // A rule's refusal names the problem in its message; only schema failures get our summary.
    if (error.code === 'VALIDATION_FAILED' && !Array.isArray(error.details.issues)) return error.message;
    const key = `errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key);
    return error.message || t('errors.UNKNOWN');
  };
}
