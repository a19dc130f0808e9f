import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';
import { rawGet } from './http-get.js';
import { tempDatabase } from '../src/testing/temp-database.js';

/*
 * /widgets/ as a CDN serves it, over HTTP, on a folder laid out like the elements' dist/cdn
 * (an entry, a hashed chunk, a tiny file, a source map and a PNG; .br/.gz beside the bundles
 * as the build writes them). The real build output is tested in packages/elements/test/cdn.
 */

const VERSION = '9.8.7';
const entry = Buffer.from(`export const words=${JSON.stringify(Array.from({ length: 900 }, (_, i) => `word${i % 97}`))};\n`);
const chunk = Buffer.from(`export const more=${JSON.stringify(Array.from({ length: 600 }, (_, i) => `chunk${i % 31}`))};\n`);
const tiny = Buffer.from('export const tiny = 1;\n');
const map = Buffer.from(JSON.stringify({ version: 3, sources: ['a.ts'], mappings: 'AAAA;'.repeat(500) }));
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(3000, 7)]);

const widgetsDir = mkdtempSync(join(tmpdir(), 'liaison-widgets-'));
function writeWithVariants(path: string, bytes: Buffer) {
  writeFileSync(join(widgetsDir, path), bytes);
  writeFileSync(join(widgetsDir, `${path}.br`), brotliCompressSync(bytes));
  writeFileSync(join(widgetsDir, `${path}.gz`), gzipSync(bytes));
}
mkdirSync(join(widgetsDir, 'chunks/ngo-directory'), { recursive: true });
writeWithVariants('ngo-directory.js', entry);
writeWithVariants('chunks/ngo-directory/en-AB12CD34.js', chunk);
writeFileSync(join(widgetsDir, 'tiny.js'), tiny);
writeFileSync(join(widgetsDir, 'ngo-directory.js.map'), map);
writeFileSync(join(widgetsDir, 'logo.png'), png);

let server: RunningServer;
const db = await tempDatabase();

beforeAll(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', ...db.location, widgetsDir, widgetsVersion: VERSION });
});
afterAll(async () => {
  await server.close();
  await db.cleanup();
  rmSync(widgetsDir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => rawGet(`${server.url}${path}`, headers);

describe('/widgets/ content negotiation', () => {
  it('serves the precompressed brotli file to a client that accepts br, decoding to the original bytes', async () => {
    const response = await get('/widgets/ngo-directory.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['content-length']).toBe(String(response.body.length));
    expect(response.body.length).toBeLessThan(entry.length / 3);
    // Decoded once, it is the file: nothing compressed the precompressed bytes again.
    expect(brotliDecompressSync(response.body).equals(entry)).toBe(true);
  });

  it('serves the gzip file to a client that accepts only gzip', async () => {
    const response = await get('/widgets/ngo-directory.js', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(response.body).equals(entry)).toBe(true);
  });

  it('serves the file itself, still varying on Accept-Encoding, to a client that accepts neither', async () => {
    const response = await get('/widgets/ngo-directory.js', { 'accept-encoding': 'identity' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.body.equals(entry)).toBe(true);
  });

  it('gzips on the fly a compressible file the build left uncompressed (a source map)', async () => {
    const response = await get('/widgets/ngo-directory.js.map', { 'accept-encoding': 'gzip, br' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).equals(map)).toBe(true);
  });

  it('does not compress tiny files or already-compressed formats', async () => {
    const small = await get('/widgets/tiny.js', { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.equals(tiny)).toBe(true);
    const image = await get('/widgets/logo.png', { 'accept-encoding': 'gzip, br' });
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
  });

  it('gives each encoding its own ETag, and answers If-None-Match with 304 per encoding', async () => {
    const encodings = ['br', 'gzip', 'identity'];
    const tags = new Map<string, string>();
    for (const encoding of encodings) {
      tags.set(encoding, (await get('/widgets/ngo-directory.js', { 'accept-encoding': encoding })).headers.etag as string);
    }
    expect(new Set(tags.values()).size).toBe(3);
    for (const [encoding, tag] of tags) {
      expect(tag).toMatch(/^"[\w-]+"$/);
      const revalidated = await get('/widgets/ngo-directory.js', { 'accept-encoding': encoding, 'if-none-match': tag });
      expect(revalidated.status, encoding).toBe(304);
      expect(revalidated.body.length).toBe(0);
      expect(revalidated.headers.etag).toBe(tag);
      expect(revalidated.headers.vary).toMatch(/accept-encoding/i);
      // What a cross-origin revalidation needs: the CORS and caching headers of the 200.
      expect(revalidated.headers['access-control-allow-origin']).toBe('*');
      expect(revalidated.headers['cache-control']).toBe('public, max-age=300');
    }
    // Another encoding's tag does not validate this one: the bytes differ.
    const mismatch = await get('/widgets/ngo-directory.js', { 'accept-encoding': 'br', 'if-none-match': tags.get('gzip')! });
    expect(mismatch.status).toBe(200);
    expect(mismatch.headers['content-encoding']).toBe('br');
  });

  it('changes the ETag when the file changes', async () => {
    const path = join(widgetsDir, 'tiny.js');
    const before = (await get('/widgets/tiny.js')).headers.etag;
    writeFileSync(path, 'export const tiny = 2;\n');
    const after = await get('/widgets/tiny.js', { 'if-none-match': before as string });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before);
    writeFileSync(path, tiny);
  });
});

describe('/widgets/{version}/ and the unversioned alias', () => {
  it('serves the same bytes under the version, cached for a year as immutable', async () => {
    const pinned = await get(`/widgets/${VERSION}/ngo-directory.js`, { 'accept-encoding': 'br' });
    const alias = await get('/widgets/ngo-directory.js', { 'accept-encoding': 'br' });
    expect(pinned.status).toBe(200);
    expect(pinned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(alias.headers['cache-control']).toBe('public, max-age=300');
    expect(pinned.body.equals(alias.body)).toBe(true);
    expect(pinned.headers.etag).toBe(alias.headers.etag);
    expect(pinned.headers['access-control-allow-origin']).toBe('*');
    expect(pinned.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('serves chunks under the version too, and content-hashed chunks as immutable under the alias', async () => {
    const pinned = await get(`/widgets/${VERSION}/chunks/ngo-directory/en-AB12CD34.js`, { 'accept-encoding': 'gzip' });
    expect(pinned.status).toBe(200);
    expect(gunzipSync(pinned.body).equals(chunk)).toBe(true);
    const alias = await get('/widgets/chunks/ngo-directory/en-AB12CD34.js');
    expect(alias.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 304 under the versioned URL as well', async () => {
    const first = await get(`/widgets/${VERSION}/ngo-directory.js`, { 'accept-encoding': 'gzip' });
    const again = await get(`/widgets/${VERSION}/ngo-directory.js`, { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag as string });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('is a 404 problem for another version, never the current files under its name', async () => {
    for (const path of ['/widgets/9.8.6/ngo-directory.js', '/widgets/9.8.7/no-such-file.js', '/widgets/no-such-file.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['cache-control'] ?? '').not.toContain('immutable');
    }
  });
});

describe('the demo pages', () => {
  it('send an ETag and answer If-None-Match with 304', async () => {
    for (const path of ['/', '/demo/demo.css', '/demo/programmes.html']) {
      const first = await get(path, { 'accept-encoding': 'gzip' });
      expect(first.status, path).toBe(200);
      expect(first.headers.etag, path).toBeTruthy();
      const again = await get(path, { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag as string });
      expect(again.status, path).toBe(304);
    }
    const page = await get('/', { 'accept-encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).toString('utf8')).toBe(readFileSync(new URL('../../demo/public/index.html', import.meta.url), 'utf8'));
  });
});
