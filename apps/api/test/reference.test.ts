import { describe, expect, it } from 'vitest';
import { useTestServer } from './test-server.js';

// "Today" for the server: four weeks before the USA's and Nicaragua's withdrawals take effect.
const server = useTestServer({ now: () => new Date('2026-12-03T10:00:00Z') });

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe('reference lists', () => {
  it.each([
    ['/v1/sectors', 5],
    ['/v1/sdgs', 17],
    ['/v1/countries', 205],
    ['/v1/national-commissions', 205],
  ])('%s returns every item in one page with an ETag', async (path, count) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: unknown[]; nextCursor: null; total: number };
    expect(body.items).toHaveLength(count);
    expect(body.total).toBe(count);
    expect(body.nextCursor).toBeNull();
    const tag = response.headers.get('etag')!;
    expect((await get(path, { headers: { 'if-none-match': tag } })).status).toBe(304);
  });

  it('titles the SDGs in the six languages', async () => {
    const { items } = (await (await get('/v1/sdgs')).json()) as { items: { number: number; title: Record<string, string> }[] };
    expect(items[3]).toMatchObject({ number: 4, title: { en: 'Quality education', fr: 'Éducation de qualité', zh: '优质教育' } });
  });

  it('carries no personal data in National Commissions and flags unverified ones', async () => {
    const { items } = (await (await get('/v1/national-commissions')).json()) as { items: Record<string, unknown>[] };
    const text = JSON.stringify(items);
    expect(text).not.toMatch(/@|secretary|président|president/i);
    expect(items.find((c) => c.country === 'KR')).toMatchObject({ certainty: 'verified', name: { en: 'Korean National Commission for UNESCO' } });
    expect(items.filter((c) => c.certainty === 'unverified').every((c) => c.name === undefined)).toBe(true);
  });

  it('rejects query parameters', async () => {
    const countries = await get('/v1/countries?limit=5');
    expect(countries.status).toBe(400);
    expect(((await countries.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('limit');
    const response = await get('/v1/sdgs?limit=5');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('limit');
  });
});

interface CountryListBody {
  items: { code: string; membership: { kind: string } }[];
  total: number;
}

const memberStates = (body: CountryListBody) => body.items.filter((c) => c.membership.kind === 'member');
const codes = (body: CountryListBody) => body.items.map((c) => c.code);

describe('GET /v1/countries?on=', () => {
  it('lists 194 Member States on 31 December 2026 and 192 on 1 January 2027', async () => {
    const before = (await (await get('/v1/countries?on=2026-12-31')).json()) as CountryListBody;
    const after = (await (await get('/v1/countries?on=2027-01-01')).json()) as CountryListBody;
    expect(memberStates(before)).toHaveLength(194);
    expect(memberStates(after)).toHaveLength(192);
    expect(before.total).toBe(194 + 11);
    expect(after.total).toBe(192 + 11);
    expect(codes(before)).toEqual(expect.arrayContaining(['NI', 'US']));
    expect(codes(after)).not.toContain('US');
    expect(codes(after)).not.toContain('NI');
  });

  it('lists the members of today, read by the server, when no day is given', async () => {
    const today = (await (await get('/v1/countries')).json()) as CountryListBody;
    expect(memberStates(today)).toHaveLength(194);
    expect(codes(today)).toContain('US');
  });

  it('gives each day its own ETag and answers 304 for the one held', async () => {
    const before = await get('/v1/countries?on=2026-12-31');
    const after = await get('/v1/countries?on=2027-01-01');
    const tag = before.headers.get('etag')!;
    expect(tag).not.toBe(after.headers.get('etag'));
    expect((await get('/v1/countries?on=2026-06-01', { headers: { 'if-none-match': tag } })).status).toBe(304);
    expect((await get('/v1/countries?on=2027-06-01', { headers: { 'if-none-match': tag } })).status).toBe(200);
  });

  it.each([
    ['on=2026-02-30', 'on'],
    ['on=31-12-2026', 'on'],
    ['on=', 'on'],
    ['on=2026-12-31&on=2027-01-01', 'on'],
    ['at=2026-12-31', 'at'],
  ])('answers a bad ?%s with problem+json naming the parameter', async (query, path) => {
    const response = await get(`/v1/countries?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { status: number; errors: { path: string; message: string }[] };
    expect(problem.status).toBe(400);
    expect(problem.errors.map((e) => e.path)).toEqual([path]);
  });
});

describe('GET /v1/countries after the withdrawals have taken effect', () => {
  const later = useTestServer({ now: () => new Date('2027-01-01T00:00:01Z') });

  it('lists 192 Member States without a day given, from the server\'s own today', async () => {
    const body = (await (await fetch(`${later.url}/v1/countries`)).json()) as CountryListBody;
    expect(memberStates(body)).toHaveLength(192);
    expect(codes(body)).not.toContain('US');
  });
});
