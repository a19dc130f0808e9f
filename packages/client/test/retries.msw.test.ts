import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpError, NetworkError, TimeoutError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { MAX_BACKOFF_MS, retryAfterMs, retryDelay } from '../src/retry-policy.js';

const BASE = 'https://api.liaison.example.org/v1';
const server = setupServer(...createHandlers({ baseUrl: BASE }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const status = (code: number, headers: Record<string, string> = {}) => ({ status: code, headers: new Headers(headers) });

describe('retry policy', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3', now)).toBe(3_000);
    expect(retryAfterMs('Fri, 27 Nov 2026 10:00:05 GMT', now)).toBe(5_000);
    expect(retryAfterMs('Fri, 27 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('retries 408, 429 and 5xx gateway/server errors, never other 4xx', () => {
    for (const code of [408, 429, 500, 502, 503, 504]) expect(retryDelay(0, status(code), { random: () => 1 })).toBe(300);
    for (const code of [400, 401, 403, 404, 409, 422, 501]) expect(retryDelay(0, status(code))).toBeUndefined();
  });

  it('honours Retry-After up to 30 s, and gives up on a longer one', () => {
    expect(retryDelay(0, status(503, { 'retry-after': '30' }), { now })).toBe(30_000);
    expect(retryDelay(0, status(429, { 'retry-after': '31' }), { now })).toBeUndefined();
  });

  it('backs off exponentially with full jitter, capped at 5 s (network errors too)', () => {
    expect([0, 1, 2, 3, 4, 5].map((attempt) => retryDelay(attempt, undefined, { random: () => 1 }))).toEqual([300, 600, 1_200, 2_400, 4_800, MAX_BACKOFF_MS]);
    expect(retryDelay(2, status(502), { random: () => 0.5 })).toBe(600);
    expect(retryDelay(2, undefined, { random: () => 0 })).toBe(0);
  });
});

describe('transport retries over HTTP (msw)', () => {
  function counting(respond: (call: number) => Response | Promise<Response> | undefined) {
    let calls = 0;
    server.use(http.get(`${BASE}/organizations`, () => respond(++calls)));
    return () => calls;
  }

  it('retries a network error, then succeeds', async () => {
    const calls = counting((call) => (call === 1 ? HttpResponse.error() : undefined));
    const page = await createClient({ baseUrl: BASE, retries: 2 }).organizations.list({ limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(calls()).toBe(2);
  });

  it('stops after `retries` and reports the last failure', async () => {
    const calls = counting(() => new HttpResponse(null, { status: 503, headers: { 'retry-after': '0' } }));
    await expect(createClient({ baseUrl: BASE, retries: 2 }).organizations.list()).rejects.toMatchObject({ kind: 'http', status: 503 });
    expect(calls()).toBe(3);
  });

  it('does not retry when the server asks for more than 30 s', async () => {
    const calls = counting(() => HttpResponse.json({ type: 'about:blank', title: 'Too many requests', status: 429 }, { status: 429, headers: { 'retry-after': '120' } }));
    const error = await createClient({ baseUrl: BASE, retries: 2 }).organizations.list().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).problem?.title).toBe('Too many requests');
    expect(calls()).toBe(1);
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
        seen.push(String(input));
        return globalThis.fetch(input, init);
      },
    });
    await client.organizations.list({ limit: 1 });
    expect(seen).toEqual([`${BASE}/organizations?limit=1`]);
  });
});
