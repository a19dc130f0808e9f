import { describe, expect, it } from 'vitest';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { partnerStanding, pickText, type Organization } from '@ngo-liaison/core';
import { testBackend } from '../src/testing/temp-database.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
/** What the list shows when no standing is asked for: the official partners. */
const OFFICIAL = SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'official');

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await response.json()) as { status: number; title: string; errors?: { path: string }[] };
  expect(problem.status).toBe(status);
  expect(problem.title).toBeTruthy();
  return problem;
}

describe('GET /v1/organizations', () => {
  it('pages through every official partner once, in name order', async () => {
    const seen: Organization[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await get(`/v1/organizations?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { items: Organization[]; nextCursor: string | null; total: number };
      expect(page.items.length).toBeLessThanOrEqual(7);
      expect(page.total).toBe(OFFICIAL.length);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(seen.map((o) => o.id).sort()).toEqual(OFFICIAL.map((o) => o.id).sort());
    // Name order is locale-aware collation of the English name (lang=en, falling back to
    // another language where no source gives an English one), then id.
    const collator = new Intl.Collator('en', { numeric: true });
    const names = seen.map((o) => pickText(o.name, 'en'));
    expect(names).toEqual([...names].sort(collator.compare));
  });

  it('defaults to 20 items', async () => {
    const page = (await (await get('/v1/organizations')).json()) as { items: unknown[] };
    expect(page.items).toHaveLength(Math.min(20, OFFICIAL.length));
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

  it('carries each partnership entry with its evidence, and cooperation pages for a non-partner', async () => {
    const iau = (await (await get('/v1/organizations/iau')).json()) as Organization;
    expect(iau.partnership.at(-1)).toMatchObject({
      category: 'associate',
      evidence: [
        expect.objectContaining({ source: expect.any(String), url: expect.stringMatching(/^https:/), asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
      ],
    });
    // Not listed by default, yet its record answers, with the pages that show its cooperation.
    const icomos = (await (await get('/v1/organizations/icomos')).json()) as Organization;
    expect(icomos.partnership).toEqual([]);
    expect(icomos.cooperation).toEqual(expect.arrayContaining([expect.objectContaining({ url: expect.stringMatching(/^https?:/) })]));
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
    expect(await (await get('/healthz')).json()).toMatchObject({ status: 'ok', storage: testBackend() });
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

  it('describes the standing parameter of the list and its exports, with its values', async () => {
    type Parameter = { name: string; description: string; schema: { items?: { enum?: string[] } } };
    const doc = (await (await get('/v1/openapi.json')).json()) as { paths: Record<string, { get: { description?: string; parameters: Parameter[] } }> };
    for (const path of ['/v1/organizations', '/v1/organizations.csv', '/v1/organizations.json', '/v1/organizations.vcf']) {
      const standing = doc.paths[path]?.get.parameters.find((p) => p.name === 'standing');
      expect(standing?.schema.items?.enum, path).toEqual(['official', 'pending', 'former', 'not-attested']);
      expect(standing?.description, path).toMatch(/official \(the default when absent\)/);
      const status = doc.paths[path]?.get.parameters.find((p) => p.name === 'status');
      expect(status?.schema.items?.enum, path).toEqual(['consultative', 'associate', 'official-relations', 'not-stated']);
    }
    expect(doc.paths['/v1/organizations']?.get.description).toMatch(/official partners only/);
  });

  it('answers unknown paths with 404 problem+json', async () => {
    await expectProblem(await get('/v1/nothing-here'), 404);
  });
});
