// A hand-written RFC 4180 reader rather than csv-parse: the importer needs the line on which each
// record *starts* (csv-parse's `info.lines` is where it ends, which misleads for quoted newlines),
// and the whole dialect we accept fits in one small state machine with no dependency.

/** One record of a CSV text, with where a person finds it. */
export interface CsvRecord {
  /** The fields in file order, quotes removed and doubled quotes undone. */
  fields: string[];
  /** 1-based line of the text on which the record starts (a quoted field may span lines). */
  line: number;
  /** 1-based position among the records, the header included: the row number a spreadsheet shows. */
  record: number;
}

/** The text is not CSV; `line` and `record` say where the reader gave up. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  readonly record: number;

  constructor(message: string, line: number, record: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.record = record;
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Reads RFC 4180 text: UTF-8 with or without a byte-order mark, records ended by CRLF, LF or a
 * lone CR (old Mac exports), fields optionally quoted, `""` for a quote inside a quoted field and
 * line breaks kept inside quotes. A line break at the very end does not start a record. A blank
 * line is a record with one empty field, so record numbers match what a spreadsheet shows.
 * A quote inside an unquoted field is kept as text (`5'11"`), as spreadsheets do.
 * @throws CsvSyntaxError for a quote never closed or text right after a closing quote.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= end) return records;
  let line = 1;
  let fields: string[] = [];
  let recordLine = 1;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      const opened = i;
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) {
          throw new CsvSyntaxError(
            `unterminated quoted field: the quote opened on line ${line} is never closed`,
            line,
            records.length + 1,
          );
        }
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) !== QUOTE) {
          i = close + 1;
          break;
        }
        value += '"';
        from = close + 2;
      }
      line += countLineBreaks(text, opened, i);
      const next = text.charCodeAt(i);
      if (i < end && next !== COMMA && next !== CR && next !== LF) {
        throw new CsvSyntaxError(
          `text after a closing quote on line ${line}; a quote inside a quoted field must be doubled ("")`,
          line,
          records.length + 1,
        );
      }
      fields.push(value);
    } else {
      let j = i;
      while (j < end) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === CR || c === LF) break;
        j++;
      }
      fields.push(text.slice(i, j));
      i = j;
    }
    if (i >= end) {
      records.push({ fields, line: recordLine, record: records.length + 1 });
      return records;
    }
    if (text.charCodeAt(i) === COMMA) {
      i++;
      continue;
    }
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    records.push({ fields, line: recordLine, record: records.length + 1 });
    if (i >= end) return records;
    line++;
    recordLine = line;
    fields = [];
  }
}

/** Line breaks (CRLF, LF or lone CR, each counted once) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}
