import { isApiError } from '../../../lib/api.ts';
import { showServerFieldErrors } from '../../../lib/form-errors.ts';
import { i18n } from '../../../lib/i18n.ts';
import type { ModuleForm } from './module-form.ts';

/**
 * The server's field errors beside the fields. SLUG_TAKEN's shared message speaks of programs,
 * so a module's taken slug gets its own words (and no second, misleading alert).
 */
export function showModuleErrors(form: ModuleForm, error: unknown): void {
  if (isApiError(error, 'SLUG_TAKEN')) form.setFieldError('slug', i18n.t('trainingEditor.slugTaken'));
  else showServerFieldErrors(form, error);
}

export const alertableError = (error: unknown) => (isApiError(error, 'SLUG_TAKEN') ? null : error);
