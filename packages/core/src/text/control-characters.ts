/*
 * C0 control characters (U+0000–U+001F) and DEL (U+007F): invisible, meaningless in the
 * directory's text, and harmful in what we write from it — a NUL or an ESC sequence in a
 * CSV cell or a vCard line reaches a spreadsheet or a terminal as is. Tab, line feed and
 * carriage return are the exceptions where a field may hold several lines.
 */

/** Every C0 control and DEL: what a one-line field must not hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const LINE_CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/;

/** C0 controls and DEL except tab, line feed and carriage return: what a multi-line field must not hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const TEXT_CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const TEXT_CONTROL_CHARACTERS_ALL = new RegExp(TEXT_CONTROL_CHARACTERS.source, 'g');

/** Removes the controls a multi-line text must not hold (writers' defence for records that skipped validation). */
export function stripControlCharacters(text: string): string {
  return text.replace(TEXT_CONTROL_CHARACTERS_ALL, '');
}
