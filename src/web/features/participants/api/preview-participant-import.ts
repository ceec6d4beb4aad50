import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ParticipantRole } from './types.ts';

// The shapes of src/server/features/participants/import/import-routes.ts.

/** One problem in the file; `row` is the spreadsheet's row number (the header is row 1). */
export interface ImportProblem {
  row: number;
  column: string | null;
  reason: string;
}

export type ImportAction = 'create' | 'update' | 'unchanged';

/** What the import would do with one of the file's first rows. */
export interface PlannedImportRow {
  row: number;
  action: ImportAction;
  /** The person has no account yet: one is made for them. */
  newAccount: boolean;
  email: string | null;
  username: string | null;
  name: string | null;
  role: ParticipantRole;
  languages: string[];
  /** Staff see how many experiences a row has, never which. */
  experienceCount: number;
  timeZone: string | null;
  birthDate: string | null;
}

export interface ImportPreview {
  validRows: number;
  actions: Record<ImportAction, number>;
  /** Rows with at least one problem: never written. */
  rejected: number;
  errors: ImportProblem[];
  /** The first 20 valid rows. */
  rows: PlannedImportRow[];
}

export const previewParticipantImport = ({ programId, csv }: { programId: string; csv: string }) =>
  api<ImportPreview>(`/api/programs/${programId}/imports/preview`, { method: 'POST', body: { csv } });

/** Checks a participants CSV against the program; the server writes nothing. */
export const usePreviewParticipantImport = () => useMutation({ mutationFn: previewParticipantImport });
