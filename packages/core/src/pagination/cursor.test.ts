import { describe, expect, it } from 'vitest';
import { InvalidCursorError, decodeCursor, encodeCursor } from './cursor.js';

describe('cursors', () => {
  it('round-trip keys, including non-ASCII text', () => {
    const key = ['musées 国际 متحف', 'icom'];
    const cursor = encodeCursor('organizations', key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'organizations', 2)).toEqual(key);
  });

  it.each([
    ['not base64', '***'],
    ['not JSON', 'aGVsbG8'],
    ['wrong arity', encodeCursor('events', ['a'])],
    ['wrong types', encodeCursor('events', [{} as unknown as string, 'x'])],
    ['empty', ''],
  ])('rejects a cursor that is %s', (_, cursor) => {
    expect(() => decodeCursor(cursor, 'events', 2)).toThrow(InvalidCursorError);
  });

  it('rejects a cursor of another list, even with a key of the same shape', () => {
    const programmes = encodeCursor('programmes', ['2026-01-01', 'x']);
    expect(() => decodeCursor(programmes, 'events', 2)).toThrow(/another list/);
  });
});
