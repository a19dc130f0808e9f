import { describe, expect, it } from 'vitest';
import { InvalidCursorError, decodeCursor, encodeCursor } from './cursor.js';

describe('cursors', () => {
  it('round-trip keys, including non-ASCII text', () => {
    const key = ['musées 国际 متحف', 'icom'];
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 2)).toEqual(key);
  });

  it.each([
    ['not base64', '***'],
    ['not JSON', 'aGVsbG8'],
    ['wrong arity', encodeCursor(['a'])],
    ['wrong types', encodeCursor([{} as unknown as string, 'x'])],
    ['empty', ''],
  ])('rejects a cursor that is %s', (_, cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(InvalidCursorError);
  });
});
