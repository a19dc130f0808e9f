import { describe, expect, it } from 'vitest';
import { createOrganizationIndex } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { pageJson } from '../src/http/page-json.js';
import { useTestServer } from './test-server.js';

const NOW = () => new Date('2026-12-03T10:00:00Z');
const cached = useTestServer({ now: NOW });
const uncached = useTestServer({ now: NOW, responseCache: false });

const QUERIES = ['q=m', 'q=museums&lang=fr', 'q=internat&limit=3', 'status=associate&sort=partner-since', 'q=educaton&sector=ED', 'standing=former&standing=pending'];

describe('search pages, serialised from cached record JSON and kept by ETag', () => {
  it('serialises a page byte for byte as JSON.stringify does', () => {
    const index = createOrganizationIndex(SAMPLE_ORGANIZATIONS);
    for (const query of [{ q: 'museum' }, { q: 'x' }, { sort: 'name' as const, limit: 5 }, { q: 'heritage', limit: 2 }]) {
      const page = index.search(query);
      // Twice: the second time every record's JSON comes from the cache.
      expect(pageJson(page)).toBe(JSON.stringify(page));
      expect(pageJson(page)).toBe(JSON.stringify(page));
    }
    expect(pageJson({ items: [], nextCursor: null, skipped: undefined } as { items: object[] })).toBe('{"items":[],"nextCursor":null}');
  });

  it('answers the same bytes and ETags with the response cache on and off, on first and repeated requests', async () => {
    for (const query of QUERIES) {
      const bodies = [];
      for (const server of [cached, uncached, cached, uncached]) {
        const response = await fetch(`${server.url}/v1/organizations?${query}`);
        expect(response.status, query).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/json');
        bodies.push({ etag: response.headers.get('etag'), body: await response.text() });
      }
      expect(new Set(bodies.map((b) => b.body)).size, query).toBe(1);
      expect(bodies[2]!.etag).toBe(bodies[0]!.etag);
    }
  });

  it('still answers a foreign cursor with 400 (an error is not cached)', async () => {
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${cached.url}/v1/organizations?q=museum&cursor=bm90LWEtY3Vyc29y`);
      expect(response.status).toBe(400);
    }
  });
});
