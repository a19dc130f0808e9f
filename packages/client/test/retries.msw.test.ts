import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NetworkError, TimeoutError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';

const BASE = 'https://api.liaison.example.org/v1';
// The tokens the credential tests send: the handlers, like the server, refuse unknown ones with 401.
const people = ['first', 'second', 'fixed'].map((token) => ({ token, displayName: `Holder of ${token}`, roles: [{ role: 'liaison-committee' as const }] }));
const server = setupServer(...createHandlers({ baseUrl: BASE, people }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('transport retries over HTTP (msw)', () => {
  function counting(respond: (call: number) => Response | Promise<Response> | undefined) {
    let calls = 0;
    server.use(http.get(`${BASE}/organizations`, () => respond(++calls)));
    return () => calls;
  }

  // A network error or a 503 retried, then success or the last failure: fault-matrix.msw.test.ts.
  it('retries 408, 429 and 500/502/503/504, never another 4xx or 501', async () => {
    for (const code of [408, 429, 500, 502, 503, 504]) {
      const calls = counting((call) => (call === 1 ? new HttpResponse(null, { status: code, headers: { 'retry-after': '0' } }) : undefined));
      await createClient({ baseUrl: BASE, retries: 1 }).organizations.list({ limit: 1 });
      expect(calls(), `status ${code}`).toBe(2);
    }
    for (const code of [400, 401, 403, 404, 409, 413, 422, 501]) {
      const calls = counting(() => new HttpResponse(null, { status: code }));
      await expect(createClient({ baseUrl: BASE, retries: 2 }).organizations.list()).rejects.toMatchObject({ kind: 'http', status: code });
      expect(calls(), `status ${code}`).toBe(1);
    }
  });

  it('waits what Retry-After asks, but never more than 30 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const calls = counting((call) =>
        call === 1 ? HttpResponse.json({ type: 'about:blank', title: 'Too many requests', status: 429 }, { status: 429, headers: { 'retry-after': '120' } }) : undefined,
      );
      const pending = createClient({ baseUrl: BASE, retries: 2, timeout: 60_000 }).organizations.list({ limit: 1 }).then((page) => page);
      await vi.waitFor(() => expect(calls()).toBe(1));
      await vi.advanceTimersByTimeAsync(29_900);
      expect(calls()).toBe(1);
      await vi.advanceTimersByTimeAsync(200);
      await vi.waitFor(() => expect(calls()).toBe(2));
      expect((await pending).items).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not retry a 404 or a timed-out attempt', async () => {
    const notFound = counting(() => new HttpResponse(null, { status: 404 }));
    await expect(createClient({ baseUrl: BASE, retries: 2 }).organizations.list()).rejects.toMatchObject({ status: 404 });
    expect(notFound()).toBe(1);
    const slow = counting(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    await expect(createClient({ baseUrl: BASE, retries: 2, timeout: 50 }).organizations.list()).rejects.toBeInstanceOf(TimeoutError);
    expect(slow()).toBe(1);
  });

  it('lets the caller abort while it waits to retry, with the caller’s own reason', async () => {
    const calls = counting(() => new HttpResponse(null, { status: 503, headers: { 'retry-after': '20' } }));
    const controller = new AbortController();
    const started = performance.now();
    const pending = createClient({ baseUrl: BASE, retries: 2 }).organizations.list({ signal: controller.signal }).then(() => undefined, (e: unknown) => e);
    await expect.poll(calls).toBe(1);
    controller.abort();
    const error = (await pending) as Error;
    expect(error.name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(calls()).toBe(1);
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const client = createClient({
      baseUrl: BASE,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return globalThis.fetch(input, init);
      },
    });
    await client.organizations.list({ limit: 1 });
    expect(seen).toEqual([`${BASE}/organizations?limit=1`]);
  });
});

describe('credentials', () => {
  it('sends the token as a bearer Authorization header, asking a function for the current one on every attempt', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/organizations`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        if (seen.length === 1) return new HttpResponse(null, { status: 503, headers: { 'retry-after': '0' } });
        return undefined;
      }),
    );
    const tokens = ['first', 'second'];
    await createClient({ baseUrl: BASE, token: () => tokens.shift() }).organizations.list({ limit: 1 });
    expect(seen).toEqual(['Bearer first', 'Bearer second']);
    seen.length = 1;
    await createClient({ baseUrl: BASE, token: 'fixed' }).organizations.list({ limit: 1 });
    expect(seen.slice(1)).toEqual(['Bearer fixed']);
  });

  it('sends no Authorization header without a token (public reads stay simple CORS requests)', async () => {
    let header: string | null = 'unset';
    server.use(
      http.get(`${BASE}/organizations`, ({ request }) => {
        header = request.headers.get('authorization');
        return undefined;
      }),
    );
    await createClient({ baseUrl: BASE }).organizations.list({ limit: 1 });
    expect(header).toBeNull();
  });
});
