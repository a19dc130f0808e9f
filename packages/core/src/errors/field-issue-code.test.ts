import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { safeParse } from './safe-parse.js';
import { issuesOf } from './issues-of.js';

describe('field issue codes through safeParse', () => {
  const schema = z.object({ founded: z.int() });
  const codeOf = (value: unknown) => {
    const result = safeParse(schema, value);
    return result.success ? undefined : issuesOf(result.error)[0]?.code;
  };

  it('tells a missing value (required) from one of the wrong type (invalid-type)', () => {
    expect(codeOf({})).toBe('required');
    expect(codeOf({ founded: 'old' })).toBe('invalid-type');
  });
});
