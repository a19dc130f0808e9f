export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote, line break or edge
 * spaces; text that a spreadsheet would run as a formula gets a leading apostrophe.
 * Numbers are written as numbers (so "-5" stays a number, "=1+1" never runs).
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: CRLF line ends (RFC 4180) and, by default, a UTF-8 byte-order mark so
 * that spreadsheet programs open accents, Cyrillic, Arabic and Chinese correctly.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], { bom = true }: { bom?: boolean } = {}): string {
  return (bom ? '\uFEFF' : '') + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
