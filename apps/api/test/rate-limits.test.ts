import { describe, expect, it } from 'vitest';
import { bearer, issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';

// A clock fixed a second into a minute: every request of the file falls in one window.
const minute = Math.floor(Date.now() / 60_000) * 60_000;
const server = useTestServer({ rateLimits: { signedInPerMinute: 3, anonymousPerMinute: 5 }, now: () => new Date(minute + 1000) });

async function expectLimited(response: Response, limit: number) {
  expect(response.status).toBe(429);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(((await response.json()) as { type: string }).type).toBe('urn:ngo-liaison:problem:rate-limited');
  expect(response.headers.get('retry-after')).toBe('59');
  expect(response.headers.get('ratelimit-limit')).toBe(String(limit));
  expect(response.headers.get('ratelimit-remaining')).toBe('0');
  expect(response.headers.get('ratelimit-reset')).toBe('59');
}

describe('rate limits', () => {
  it('per token: the limit’s requests pass with RateLimit-* headers counting down, the next is a 429 — another token keeps its own count', async () => {
    const first = await issueTestToken(server.running.storage, [{ role: 'liaison-committee' }]);
    const second = await issueTestToken(server.running.storage, [{ role: 'liaison-committee' }]);
    for (const remaining of ['2', '1', '0']) {
      const response = await fetch(`${server.url}/v1/session`, { headers: bearer(first.token) });
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-remaining')).toBe(remaining);
    }
    await expectLimited(await fetch(`${server.url}/v1/session`, { headers: bearer(first.token) }), 3);
    expect((await fetch(`${server.url}/v1/session`, { headers: bearer(second.token) })).status).toBe(200);
    // Counted in the database, where every node adds to the same row.
    const db = await server.connect();
    try {
      const row = await db.selectFrom('rate_limit_windows').select('count').where('bucket', '=', `token:${first.tokenId}`).executeTakeFirstOrThrow();
      expect(Number(row.count)).toBe(4);
    } finally {
      await db.destroy();
    }
  });

  it('anonymous clients: counted per node in memory, 429 past the limit', async () => {
    let status = 200;
    let sent = 0;
    while (status === 200 && sent < 10) {
      const response = await fetch(`${server.url}/v1/sectors`);
      sent++;
      status = response.status;
      if (status === 429) await expectLimited(response, 5);
      else await response.arrayBuffer();
    }
    expect(sent).toBe(6);
  });
});
