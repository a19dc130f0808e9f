import { stripControlCharacters } from '../text/control-characters.js';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Cells a spreadsheet may read as a formula (OWASP "CSV injection"): starting with = + - @,
 * also behind leading whitespace or line breaks (spreadsheets trim them) and in their
 * fullwidth forms ＝ ＋ － ＠ (some convert them to ASCII on input); and cells starting
 * with a tab or carriage return, as OWASP lists.
 */
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote, line break or edge
 * spaces; control characters other than tab and line breaks are dropped; text that a
 * spreadsheet would run as a formula gets a leading apostrophe.
 * Numbers are written as numbers (so "-5" stays a number, "=1+1" never runs).
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const clean = stripControlCharacters(value); // tab and line breaks stay: quoting keeps them
  const text = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: CRLF line ends (RFC 4180) and, by default, a UTF-8 byte-order mark so
 * that spreadsheet programs open accents, Cyrillic, Arabic and Chinese correctly.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], { bom = true }: { bom?: boolean } = {}): string {
  return (bom ? '\uFEFF' : '') + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
