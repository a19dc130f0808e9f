import { describe, expect, it } from 'vitest';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const ORIGIN = 'https://partner.example';

/** Every GET of the API with data behind it (one representative URL each). */
const PATHS = [
  '/v1/organizations?limit=5',
  '/v1/organizations/icom',
  '/v1/organizations.csv?sector=CLT',
  '/v1/organizations.json',
  '/v1/organizations.vcf',
  '/v1/events?limit=5',
  '/v1/events.ics?lang=fr',
  '/v1/programmes',
  '/v1/actions',
  '/v1/focal-points',
  '/v1/field-offices',
  '/v1/sectors',
  '/v1/sectors/CLT/experts',
  '/v1/openapi.json',
];

describe('conditional GET from another origin', () => {
  it.each(PATHS)('%s: a 304 keeps the CORS and request-id headers', async (path) => {
    const first = await fetch(`${server.url}${path}`, { headers: { origin: ORIGIN } });
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);

    const again = await fetch(`${server.url}${path}`, { headers: { origin: ORIGIN, 'if-none-match': etag!, 'x-request-id': 'revalidate-1' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    expect(again.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(again.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(again.headers.get('x-request-id')).toBe('revalidate-1');
    expect(again.headers.get('cache-control')).toBe('no-cache');
  });
});
