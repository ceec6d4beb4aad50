import { CsvSyntaxError, parseCsv } from './parse-csv.ts';
import { type ImportError, type ParticipantColumn, participantColumns, readHeader } from './participant-columns.ts';
import { type ParticipantCells, participantRowValidator, type ValidRow } from './participant-row.ts';

export interface ParticipantImportResult {
  /** The columns the file has, in file order: an update should change only these. */
  columns: ParticipantColumn[];
  /** Rows without any problem, in file order. */
  rows: ValidRow[];
  /** Every problem, in row order; row numbers are spreadsheet rows (see ImportError). */
  errors: ImportError[];
}

/**
 * Reads and checks a participants CSV without touching anything else. A file that is not CSV or
 * whose header is wrong yields no rows at all, since its cells cannot be trusted to be in the
 * right columns; otherwise each row is valid or reported. Blank rows are skipped. An email or
 * username seen on an earlier row makes the later row an error naming the earlier one.
 * `now` decides which birth dates are in the future.
 */
export function readParticipantCsv(text: string, now: Date): ParticipantImportResult {
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { columns: [], rows: [], errors: [{ row: error.record, column: null, reason: error.message }] };
  }
  const [header, ...body] = records;
  if (!header) {
    return {
      columns: [],
      rows: [],
      errors: [{ row: 1, column: null, reason: 'the file is empty; row 1 must name the columns' }],
    };
  }
  const { positions, errors } = readHeader(header);
  const columns = [...positions.keys()];
  if (errors.length > 0) return { columns, rows: [], errors };

  const validateRow = participantRowValidator(now);
  const findDuplicates = duplicateFinder();
  const rows: ValidRow[] = [];
  for (const { fields, record: row } of body) {
    if (fields.every((field) => field.trim() === '')) continue;
    if (fields.length !== header.fields.length) {
      errors.push({
        row,
        column: null,
        reason: `has ${fields.length} cells but the header has ${header.fields.length}`,
      });
      continue;
    }
    const cells = {} as ParticipantCells;
    for (const column of participantColumns) {
      const at = positions.get(column);
      cells[column] = at === undefined ? '' : (fields[at] ?? '').trim();
    }
    const result = validateRow(row, cells);
    const duplicates = findDuplicates(row, cells);
    if (Array.isArray(result)) errors.push(...result, ...duplicates);
    else if (duplicates.length > 0) errors.push(...duplicates);
    else rows.push(result);
  }
  return { columns, rows, errors };
}

/** Remembers the first row of each email and username, and reports any later row that repeats one. */
function duplicateFinder(): (row: number, cells: ParticipantCells) => ImportError[] {
  const firstRowWith = { email: new Map<string, number>(), username: new Map<string, number>() };
  return (row, cells) => {
    const errors: ImportError[] = [];
    for (const column of ['email', 'username'] as const) {
      const value = cells[column].toLowerCase();
      if (value === '') continue;
      const earlier = firstRowWith[column].get(value);
      if (earlier === undefined) firstRowWith[column].set(value, row);
      else errors.push({ row, column, reason: `same ${column} as row ${earlier}` });
    }
    return errors;
  };
}
