import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { parseListQuery } from './list-query.js';

const parse = (query: string) => parseListQuery(new URLSearchParams(query));

describe('parseListQuery', () => {
  it('defaults the limit to 20', () => {
    expect(parse('')).toEqual({ limit: 20, cursor: undefined });
  });

  it('accepts limits from 1 to 100 and a cursor', () => {
    expect(parse('limit=1&cursor=abc')).toEqual({ limit: 1, cursor: 'abc' });
    expect(parse('limit=100').limit).toBe(100);
  });

  it('names every bad parameter at once', () => {
    try {
      parse('limit=0&colour=blue&cursor=');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.path).sort()).toEqual(['colour', 'cursor', 'limit']);
    }
  });

  it('rejects repeated single-valued parameters', () => {
    expect(() => parse('limit=5&limit=6')).toThrow(/at most once/);
  });
});
