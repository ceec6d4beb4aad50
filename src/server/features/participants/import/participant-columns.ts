import type { CsvRecord } from './parse-csv.ts';

/** The columns a participants CSV may have, in the order the export writes them. */
export const participantColumns = [
  'email',
  'username',
  'name',
  'role',
  'languages',
  'experiences',
  'interests',
  'goals',
  'strengths',
  'availability',
  'timezone',
  'birth_date',
  'gender',
  'capacity',
  'guardian_email',
] as const;
export type ParticipantColumn = (typeof participantColumns)[number];

/**
 * One problem with the file. `row` is the row number a spreadsheet shows (the header is row 1, the
 * first participant row 2), because people fix imports in a spreadsheet, not in a text editor.
 * `column` is the column's name (for a header problem, as the header spells it), or null when the
 * problem is the whole row.
 */
export interface ImportError {
  row: number;
  column: string | null;
  reason: string;
}

/** Where each column sits in the records, as read from the header. */
export type ColumnPositions = Map<ParticipantColumn, number>;

/**
 * Reads the header record: names are trimmed and case-insensitive, order is free, and every
 * problem (unknown, unnamed, repeated or missing columns) is reported, not just the first.
 */
export function readHeader(header: CsvRecord): { positions: ColumnPositions; errors: ImportError[] } {
  const positions: ColumnPositions = new Map();
  const errors: ImportError[] = [];
  const fail = (column: string | null, reason: string) => errors.push({ row: header.record, column, reason });
  header.fields.forEach((field, index) => {
    const written = field.trim();
    const name = written.toLowerCase();
    if (written === '') fail(null, `column ${index + 1} has no name; name it or delete the column`);
    else if (!isParticipantColumn(name)) fail(written, `unknown column; expected ${participantColumns.join(', ')}`);
    else if (positions.has(name)) fail(written, 'appears more than once');
    else positions.set(name, index);
  });
  if (!positions.has('email') && !positions.has('username')) fail(null, 'needs an email or a username column');
  if (!positions.has('role')) fail('role', 'missing column; every participant needs a role (mentor or mentee)');
  return { positions, errors };
}

function isParticipantColumn(name: string): name is ParticipantColumn {
  return (participantColumns as readonly string[]).includes(name);
}
