// Spreadsheets run a cell as a formula when it starts with one of these (OWASP "CSV Injection";
// ASVS 5.0 V1.2.10 adds NUL), so `=HYPERLINK(...)` typed into a profile could act on the machine
// of the coordinator who opens the export.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0']);

/**
 * Makes a value safe to open in a spreadsheet by prefixing `'`, which spreadsheets read as "this
 * is text", when it starts with a formula trigger. Other values are returned unchanged.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}
