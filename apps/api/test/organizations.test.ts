import { describe, expect, it } from 'vitest';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { type Organization } from '@ngo-liaison/core';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await response.json()) as { status: number; title: string; errors?: { path: string }[] };
  expect(problem.status).toBe(status);
  expect(problem.title).toBeTruthy();
  return problem;
}

describe('GET /v1/organizations', () => {
  it('pages through every organisation once, in name order', async () => {
    const seen: Organization[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await get(`/v1/organizations?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { items: Organization[]; nextCursor: string | null; total: number };
      expect(page.items.length).toBeLessThanOrEqual(7);
      expect(page.total).toBe(SAMPLE_ORGANIZATIONS.length);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(seen.map((o) => o.id).sort()).toEqual(SAMPLE_ORGANIZATIONS.map((o) => o.id).sort());
    // Name order is locale-aware collation of the English name (lang=en), then id.
    const collator = new Intl.Collator('en', { numeric: true });
    const names = seen.map((o) => o.name.en);
    expect(names).toEqual([...names].sort(collator.compare));
  });

  it('defaults to 20 items', async () => {
    const page = (await (await get('/v1/organizations')).json()) as { items: unknown[] };
    expect(page.items).toHaveLength(Math.min(20, SAMPLE_ORGANIZATIONS.length));
  });

  it.each(['0', '101', 'ten', '-1', '1.5'])('rejects limit=%s with a problem naming the parameter', async (limit) => {
    const problem = await expectProblem(await get(`/v1/organizations?limit=${limit}`), 400);
    expect(problem.errors?.[0]?.path).toBe('limit');
  });

  it.each(['garbage!', 'bm90LWpzb24', 'WyJhIl0'])('rejects a cursor it did not make (%s)', async (cursor) => {
    const problem = await expectProblem(await get(`/v1/organizations?cursor=${cursor}`), 400);
    expect(problem.errors?.[0]?.path).toBe('cursor');
  });

  it('rejects unknown query parameters instead of ignoring them', async () => {
    const problem = await expectProblem(await get('/v1/organizations?limt=5'), 400);
    expect(problem.errors?.[0]?.path).toBe('limt');
  });

  it('answers If-None-Match with 304', async () => {
    const first = await get('/v1/organizations?limit=5');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const second = await get('/v1/organizations?limit=5', { headers: { 'if-none-match': tag! } });
    expect(second.status).toBe(304);
  });

  it('allows cross-origin reads and exposes the headers clients need', async () => {
    const response = await get('/v1/organizations?limit=1', { headers: { origin: 'https://partner.example.org' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/ETag/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });
});

describe('GET /v1/organizations/{id}', () => {
  it('returns one organisation', async () => {
    const wanted = SAMPLE_ORGANIZATIONS[0]!;
    const response = await get(`/v1/organizations/${wanted.id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(wanted);
  });

  it('answers an unknown id with 404 problem+json', async () => {
    const problem = await expectProblem(await get('/v1/organizations/no-such-organisation'), 404);
    expect(problem.title).toBe('Not found');
  });

  it('answers a malformed id with 400', async () => {
    await expectProblem(await get('/v1/organizations/Not%20A%20Slug'), 400);
  });
});

describe('other routes', () => {
  it('reports health', async () => {
    expect(await (await get('/healthz')).json()).toMatchObject({ status: 'ok', storage: 'sqlite' });
  });

  it('publishes an OpenAPI 3.1 document built from the contract', async () => {
    const doc = (await (await get('/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/organizations', '/v1/organizations/{id}']));
    expect(doc.components.schemas).toHaveProperty('Organization');
    expect(doc.components.schemas).toHaveProperty('Problem');
  });

  it('answers unknown paths with 404 problem+json', async () => {
    await expectProblem(await get('/v1/nothing-here'), 404);
  });
});
