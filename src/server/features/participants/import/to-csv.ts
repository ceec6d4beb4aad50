// Quote a field when a reader could otherwise misread it: separators, quotes, line breaks, and a
// leading byte-order mark (a reader strips one at the start of a file).
const NEEDS_QUOTES = /[",\r\n]|^\uFEFF/;

/**
 * Writes records as RFC 4180 text: CRLF after every record, fields quoted only when they must be
 * and quotes inside them doubled. `bom` prefixes a UTF-8 byte-order mark, which Excel needs to
 * read accents and other non-ASCII text correctly. Values are written as given: neutralise
 * spreadsheet formulas first (`neutraliseCell`) when the file is for people to open.
 */
export function toCsv(records: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  let text = options.bom ? '\uFEFF' : '';
  for (const fields of records) {
    text += `${fields.map(quoteField).join(',')}\r\n`;
  }
  return text;
}

function quoteField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
