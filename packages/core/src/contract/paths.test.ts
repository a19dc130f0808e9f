import { describe, expect, test } from 'vitest';
import { operations } from './operations.js';
import { PATHS } from './paths.js';

describe('PATHS', () => {
  test('has exactly one path per operation of the contract, the one the operation declares', () => {
    expect(Object.keys(PATHS).sort()).toEqual(Object.keys(operations).sort());
    for (const [id, operation] of Object.entries(operations)) {
      expect(PATHS[id as keyof typeof PATHS], id).toBe(operation.path);
    }
  });

  test('method and path are unique, so no two operations answer the same request', () => {
    const keys = Object.values(operations).map((operation) => `${operation.method} ${operation.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
