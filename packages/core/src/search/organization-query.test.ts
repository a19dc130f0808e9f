import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { organizationQueryToParams, parseOrganizationQuery, type FacetVocabulary } from './organization-query.js';

const vocabulary: FacetVocabulary = {
  country: new Set(['FR', 'SN']),
  hq: new Set(['FR']),
  language: new Set(['en', 'fr']),
  interest: new Set(['museums', 'heritage']),
};
const parse = (query: string, options = {}) => parseOrganizationQuery(new URLSearchParams(query), { vocabulary, ...options });
const issues = (query: string, options = {}) => {
  try {
    parse(query, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
};

describe('parseOrganizationQuery', () => {
  it('reads text, repeated facets, sort, language and paging', () => {
    expect(parse('q=musees&sector=CLT&sector=CI&status=associate&sdg=4&sort=name&lang=fr&limit=5&cursor=abc')).toEqual({
      q: 'musees',
      sector: ['CLT', 'CI'],
      status: ['associate'],
      sdg: ['4'],
      sort: 'name',
      lang: 'fr',
      limit: 5,
      cursor: 'abc',
    });
    expect(parse('')).toEqual({ limit: 20 });
    expect(parse('q=%20%20').q).toBeUndefined();
  });

  it('names the parameter and lists allowed values for an unknown facet value', () => {
    const [issue] = issues('sector=XX');
    expect(issue).toEqual({ path: 'sector', message: expect.stringContaining('allowed: ED, SC, SHS, CLT, CI') });
    expect(issues('status=friend')[0]?.message).toMatch(/unknown value "friend"; allowed: consultative, associate/);
    expect(issues('country=DE')[0]).toEqual({ path: 'country', message: expect.stringContaining('allowed: FR, SN') });
    expect(issues('interest=cooking')[0]?.message).toContain('allowed: heritage, museums');
    expect(issues('sdg=18')[0]?.path).toBe('sdg');
  });

  it('checks only the shape of open facets without a vocabulary', () => {
    expect(parseOrganizationQuery(new URLSearchParams('country=DE&language=pt'))).toMatchObject({ country: ['DE'], language: ['pt'] });
    expect(() => parseOrganizationQuery(new URLSearchParams('country=germany'))).toThrow(/ISO 3166-1/);
  });

  it.each([
    ['limit=101', 'limit'],
    ['limit=0', 'limit'],
    [`q=${'a'.repeat(201)}`, 'q'],
    ['cursor=', 'cursor'],
    ['sort=popular', 'sort'],
    ['lang=de', 'lang'],
    ['q=a&q=b', 'q'],
    ['colour=blue', 'colour'],
  ])('rejects %s', (query, path) => {
    expect(issues(query).map((i) => i.path)).toContain(path);
  });

  it('accepts a query of exactly 200 characters, counted as characters not UTF-16 units', () => {
    expect(parse(`q=${encodeURIComponent('中'.repeat(200))}`).q).toHaveLength(200);
    expect(parse(`q=${encodeURIComponent('𝒜'.repeat(200))}`).q).toBeDefined();
  });

  it('reports every problem at once', () => {
    expect(issues('limit=500&sector=XX&q=' + 'x'.repeat(300)).map((i) => i.path).sort()).toEqual(['limit', 'q', 'sector']);
  });

  it('treats limit and cursor as unknown for exports', () => {
    expect(parse('sector=CLT', { paging: false })).toEqual({ sector: ['CLT'] });
    expect(issues('limit=5', { paging: false })[0]?.path).toBe('limit');
  });
});

describe('organizationQueryToParams', () => {
  it('writes a canonical URL query that parses back to the same query', () => {
    const query = { q: 'musées', status: ['associate'], sector: ['CLT', 'CI'], sort: 'name', lang: 'fr', limit: 10 } as const;
    const params = organizationQueryToParams(query);
    expect(params.toString()).toBe('q=mus%C3%A9es&status=associate&sector=CLT&sector=CI&sort=name&lang=fr&limit=10');
    expect(parse(params.toString())).toEqual(query);
    expect(organizationQueryToParams(query, { paging: false }).has('limit')).toBe(false);
  });
});
