import type { ImportError } from './participant-columns.ts';

// Kept apart from the import itself so the CLI can print a summary without loading the server.

export interface ImportCounts {
  /** New participants (with a new account, when the person had none). */
  created: number;
  updated: number;
  unchanged: number;
  /** Rows with at least one error (never written). */
  rejected: number;
}

export interface ImportSummary {
  /** False when the file had errors and only the valid rows were not asked for: nothing was written. */
  written: boolean;
  counts: ImportCounts;
  /** People created without an account before, emailed a link to set their password. */
  invited: number;
  errors: ImportError[];
}

/** The one line an import ends with. */
export function summaryLine(counts: ImportCounts): string {
  return `created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}, rejected ${counts.rejected}`;
}
