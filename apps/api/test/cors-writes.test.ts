import { describe, expect, it } from 'vitest';
import { bearer, issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';

const PARTNER = 'https://partner.example.org';
const server = useTestServer({ corsWriteOrigins: [PARTNER] });

const preflight = (path: string, origin: string, method: string) =>
  fetch(`${server.url}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization, content-type' },
  });

describe('CORS: reads from everywhere, writes from CORS_WRITE_ORIGINS only', () => {
  it('a write’s preflight from an allowed origin is allowed, with credentials, for that origin only', async () => {
    const response = await preflight('/v1/tokens', PARTNER, 'POST');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/authorization/);
    expect(response.headers.get('vary')?.toLowerCase()).toMatch(/origin/);
  });

  it('a write’s preflight from a foreign origin gets no allowance (the browser does not send the write)', async () => {
    for (const method of ['POST', 'PATCH', 'DELETE']) {
      const response = await preflight('/v1/tokens', 'https://evil.example', method);
      expect(response.headers.get('access-control-allow-origin'), method).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('the write itself: the allowed origin may read the answer, a foreign one may not', async () => {
    const { token } = await issueTestToken(server.running.storage, [{ role: 'liaison-committee' }]);
    const send = (origin: string) =>
      fetch(`${server.url}/v1/tokens`, { method: 'POST', headers: { ...bearer(token), origin, 'content-type': 'application/json' }, body: JSON.stringify({ label: 'x' }) });
    const allowed = await send(PARTNER);
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect((await send('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reads stay open to every origin, without credentials', async () => {
    const read = await fetch(`${server.url}/v1/organizations`, { headers: { origin: 'https://anyone.example' } });
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    expect(read.headers.get('access-control-allow-credentials')).toBeNull();
    const readPreflight = await preflight('/v1/organizations', 'https://anyone.example', 'GET');
    expect(readPreflight.headers.get('access-control-allow-origin')).toBe('*');
    // A program on any origin may read with its bearer token (no cookies: no credentials mode needed).
    expect(readPreflight.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/authorization/);
  });
});
