import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { parseExpertQuery, parseMatchQuery } from './match-query.js';
import { DEFAULT_WEIGHTS, assertSomeWeight, formatWeightsParam, normalizeWeights, parseWeightsParam, programmeWeights, rescore } from './weights.js';

const issues = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

const all = { sector: true, themes: true, sdgs: true, geography: true, languages: true, partnership: true, 'track-record': true };

describe('weights', () => {
  it('reads criterion:weight pairs, comma-separated or repeated', () => {
    expect(parseWeightsParam(['geography:3,sector:1'])).toEqual({ geography: 3, sector: 1 });
    expect(parseWeightsParam(['geography:0.5', 'track-record:2'])).toEqual({ geography: 0.5, 'track-record': 2 });
    expect(formatWeightsParam({ sector: 1, geography: 3 })).toBe('sector:1,geography:3');
  });

  it.each([
    ['geography:-1', /non-negative number/],
    ['geography:abc', /non-negative number/],
    ['geography:NaN', /non-negative number/],
    ['geography:1e3', /non-negative number/],
    ['colour:1', /unknown criterion/],
    ['geography', /criterion:weight/],
    ['geography:1,geography:2', /twice/],
    ['geography:1001', /at most 1000/],
  ])('rejects %s naming the weights parameter', (value, message) => {
    const found = issues(() => parseWeightsParam([value]));
    expect(found[0]?.path).toBe('weights');
    expect(found[0]?.message).toMatch(message);
  });

  it('rejects all-zero weights', () => {
    expect(() => assertSomeWeight({ ...DEFAULT_WEIGHTS, sector: 0, themes: 0, sdgs: 0, geography: 0, languages: 0, partnership: 0, 'track-record': 0 })).toThrow(/all weights are zero/);
    expect(() => assertSomeWeight(DEFAULT_WEIGHTS)).not.toThrow();
  });

  it('normalises over the criteria that apply, and to zeros when nothing applies', () => {
    const normal = normalizeWeights(DEFAULT_WEIGHTS, { ...all, sdgs: false });
    expect(normal.sdgs).toBe(0);
    expect(Object.values(normal).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const none = normalizeWeights({ ...DEFAULT_WEIGHTS, sector: 0, partnership: 0, 'track-record': 0 }, { ...all, themes: false, sdgs: false, geography: false, languages: false });
    expect(Object.values(none).every((w) => w === 0)).toBe(true);
  });

  it('takes a programme\'s published criteria, or the defaults', () => {
    expect(programmeWeights({ criteria: [] })).toEqual(DEFAULT_WEIGHTS);
    expect(programmeWeights({ criteria: [{ criterion: 'geography', weight: 2 }] })).toMatchObject({ geography: 2, sector: 0 });
  });

  it('rescores from fits, skipping criteria that do not apply', () => {
    const fits = { sector: 1, themes: 0.5, sdgs: null, geography: 0, languages: null, partnership: 1, 'track-record': 0 };
    const score = rescore(fits, { ...DEFAULT_WEIGHTS });
    // (3·1 + 2·0.5 + 2·0 + 0.5·1 + 1·0) / (3 + 2 + 2 + 0.5 + 1)
    expect(score).toBeCloseTo(4.5 / 8.5, 12);
  });
});

describe('match and expert queries', () => {
  it('read limit, cursor and weights, naming each bad parameter', () => {
    expect(parseMatchQuery(new URLSearchParams('limit=10&weights=geography:3'))).toEqual({ limit: 10, cursor: undefined, weights: { geography: 3 } });
    const found = issues(() => parseMatchQuery(new URLSearchParams('limit=0&weights=geography:-2&colour=red')));
    expect(found.map((i) => i.path).sort()).toEqual(['colour', 'limit', 'weights']);
  });

  it('read a threshold between 0 and 1', () => {
    expect(parseExpertQuery(new URLSearchParams('threshold=0.7')).threshold).toBe(0.7);
    expect(issues(() => parseExpertQuery(new URLSearchParams('threshold=2')))[0]?.path).toBe('threshold');
    expect(issues(() => parseExpertQuery(new URLSearchParams('threshold=high')))[0]?.path).toBe('threshold');
  });
});
