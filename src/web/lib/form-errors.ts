import { isApiError } from './api.ts';
import { i18n } from './i18n.ts';

/** The two things this needs from a Mantine form (its own types do not resolve under nodenext). */
interface FormWithErrors {
  getValues(): unknown;
  setFieldError(path: string, error: string): void;
}

interface Issue {
  field: string;
  message: string;
}

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * Puts the server's field errors (`details.issues` from validation, `details.field` from rules)
 * beside the matching form fields. `rename` maps request paths to form paths where they differ.
 * Returns whether any field was marked.
 */
export function showServerFieldErrors(
  form: FormWithErrors,
  error: unknown,
  rename: Record<string, string> = {},
): boolean {
  if (!isApiError(error)) return false;
  const issues: Issue[] = Array.isArray(error.details.issues) ? (error.details.issues as Issue[]) : [];
  if (typeof error.details.field === 'string') {
    // A rule's refusal (e.g. SLUG_TAKEN) reads better in the reader's language when we know it.
    const key = `errors.${error.code}`;
    const message = i18n.exists(key) ? i18n.t(key) : error.message;
    issues.push({ field: error.details.field, message });
  }
  let marked = false;
  for (const issue of issues) {
    const requestPath = issue.field.replace(/^body\./, '');
    const path = rename[requestPath] ?? requestPath;
    if (!hasPath(form.getValues(), path)) continue;
    form.setFieldError(path, issue.message);
    marked = true;
  }
  return marked;
}
