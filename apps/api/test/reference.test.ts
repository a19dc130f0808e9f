import { describe, expect, it } from 'vitest';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe('reference lists', () => {
  it.each([
    ['/v1/sectors', 5],
    ['/v1/sdgs', 17],
    ['/v1/countries', 206],
    ['/v1/national-commissions', 206],
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
    const response = await get('/v1/sdgs?limit=5');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('limit');
  });
});
