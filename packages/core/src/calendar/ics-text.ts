/**
 * RFC 5545 content lines: TEXT escaping (§3.3.11), folding at 75 octets (§3.1) and CRLF.
 * Folding counts UTF-8 bytes, not UTF-16 units, and only breaks between code points, so a
 * French accent, an Arabic letter or an emoji is never cut in half (ical-generator#221).
 */

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

// Control characters other than HTAB are not allowed in TEXT; line breaks become "\n" first.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other controls. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

/** Removes characters no content line may hold (for URIs and other unescaped values). */
export function stripControls(value: string): string {
  return value.replace(/[\r\n]/g, '').replace(CONTROL, '');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds one logical line into physical lines of at most 75 octets, joined with CRLF + space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      // The leading space of a continuation line counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** Parameter value: quoted when it holds ":", ";" or ","; DQUOTE itself is not allowed. */
export function paramValue(value: string): string {
  const clean = stripControls(value).replace(/"/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** `NAME;PARAM=VALUE:value`, folded. `value` must already be escaped for its type. */
export function contentLine(name: string, value: string, params: Record<string, string> = {}): string {
  const paramText = Object.entries(params)
    .map(([key, v]) => `;${key}=${paramValue(v)}`)
    .join('');
  return foldLine(`${name}${paramText}:${value}`);
}
