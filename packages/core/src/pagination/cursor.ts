/**
 * Opaque keyset cursors: base64url of a JSON array of the last row's sort key. Clients
 * must not build them; the server rejects anything it did not make (decodeCursor throws).
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw new InvalidCursorError('cursor is malformed');
  let parsed: unknown;
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new InvalidCursorError('cursor is malformed');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== arity ||
    !parsed.every((part) => typeof part === 'string' || typeof part === 'number')
  ) {
    throw new InvalidCursorError('cursor is malformed');
  }
  return parsed;
}
