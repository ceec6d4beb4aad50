import type { ImportError } from './participant-columns.ts';

// Kept apart from the import itself so the CLI can print a summary without loading the server.

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows for people without an account yet: they were invited to the program role. */
  invited: number;
  /** Rows with at least one error (never written). */
  rejected: number;
}

export interface ImportSummary {
  /** False when the file had errors and only the valid rows were not asked for: nothing was written. */
  written: boolean;
  counts: ImportCounts;
  errors: ImportError[];
}

/** The one line an import ends with. */
export function summaryLine(counts: ImportCounts): string {
  return `created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}, invited ${counts.invited}, rejected ${counts.rejected}`;
}
