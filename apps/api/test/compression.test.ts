import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawGet } from './http-get.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const get = (path: string, headers: Record<string, string> = {}) => rawGet(`${server.url}${path}`, headers);

describe('gzip for API responses', () => {
  it.each([
    ['JSON', '/v1/organizations?limit=50', 'application/json'],
    ['iCalendar', '/v1/events.ics', 'text/calendar'],
    ['CSV', '/v1/organizations.csv', 'text/csv'],
  ])('gzips %s when asked, and the body inflates to the identity bytes', async (_kind, path, type) => {
    const identity = await get(path);
    const gzipped = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(identity.headers['content-type']).toContain(type);
    expect(identity.body.length).toBeGreaterThan(1024);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    expect(identity.headers.vary).toMatch(/accept-encoding/i);
    expect(gzipped.body.length).toBeLessThan(identity.body.length / 2);
    expect(gunzipSync(gzipped.body).equals(identity.body)).toBe(true);
  });

  it('leaves bodies under 1 kB alone, even when gzip is accepted', async () => {
    const small = await get('/v1/organizations/icom', { 'accept-encoding': 'gzip' });
    expect(small.status).toBe(200);
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers['content-length']).toBe(String(small.body.length));
    expect(JSON.parse(small.body.toString('utf8'))).toMatchObject({ id: 'icom' });
    const problem = await get('/v1/no-such-route', { 'accept-encoding': 'gzip' });
    expect(problem.headers['content-type']).toContain('application/problem+json');
    expect(problem.headers['content-encoding']).toBeUndefined();
  });

  it('gives the gzipped variant its own ETag and answers If-None-Match with 304 per encoding', async () => {
    const path = '/v1/organizations?limit=50';
    const identity = await get(path);
    const gzipped = await get(path, { 'accept-encoding': 'gzip' });
    const identityTag = identity.headers.etag as string;
    const gzipTag = gzipped.headers.etag as string;
    expect(identityTag).toMatch(/^"/);
    expect(gzipTag).toBe(`W/${identityTag}`);

    const notModified = await get(path, { 'accept-encoding': 'gzip', 'if-none-match': gzipTag });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    // The 304 names the representation the client holds, and what it varies on.
    expect(notModified.headers.etag).toBe(gzipTag);
    expect(notModified.headers.vary).toMatch(/accept-encoding/i);
    const identityNotModified = await get(path, { 'if-none-match': identityTag });
    expect(identityNotModified.status).toBe(304);
    expect(identityNotModified.headers.etag).toBe(identityTag);
  });

  it('answers a HEAD uncompressed, without a body', async () => {
    const head = await rawGet(`${server.url}/v1/organizations.csv`, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBeUndefined();
    expect(head.body.length).toBe(0);
  });
});
