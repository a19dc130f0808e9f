/**
 * Opaque keyset cursors: base64url of a JSON array of the list's name and the last row's
 * sort key. Clients must not build them; the server rejects anything it did not make
 * (decodeCursor throws), including a cursor of another list: read as a key of this one, it
 * would silently restart or skip pages.
 *
 * `list` names the list and, where it has several, the instance and order
 * (`programme-matches:memory-of-the-world`); filters are not part of it: a key stays a
 * valid position in the same order whatever the filter.
 */
export function encodeCursor(list: string, key: readonly (string | number)[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify([list, ...key]));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/** The key of a cursor made by encodeCursor for `list`, of `arity` parts; throws InvalidCursorError otherwise. */
export function decodeCursor(cursor: string, list: string, arity: number): (string | number)[] {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw new InvalidCursorError('cursor is malformed');
  let parsed: unknown;
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new InvalidCursorError('cursor is malformed');
  }
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string' || typeof part === 'number')) {
    throw new InvalidCursorError('cursor is malformed');
  }
  const [cursorList, ...key] = parsed as (string | number)[];
  if (cursorList !== list) throw new InvalidCursorError('cursor was made for another list; start again without it');
  if (key.length !== arity) throw new InvalidCursorError('cursor is malformed');
  return key;
}
