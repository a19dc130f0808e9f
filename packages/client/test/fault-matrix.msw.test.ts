import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpError, NetworkError, ResponseValidationError, TimeoutError, createClient, isLiaisonError } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';

/**
 * The client fault matrix: each way a request can fail, what the caller gets (a typed error,
 * or the data after a bounded number of retries) and how many attempts reached the server.
 * Retry policy details (which statuses, the 30 s Retry-After cap, abort while waiting) are in
 * retries.msw.test.ts; a body that stalls on a real socket in stalled-body.test.ts.
 */
const BASE = 'https://api.liaison.example.org/v1';
const server = setupServer(...createHandlers({ baseUrl: BASE }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const RETRIES = 2;
const TIMEOUT_MS = 200;
const client = createClient({ baseUrl: BASE, retries: RETRIES, timeout: TIMEOUT_MS });
const problem = (status: number, title: string) => ({ type: 'about:blank', title, status });

/** A response whose body sends its first bytes, then nothing, ever. */
function stalledBody(): Response {
  const stream = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"items":[')) });
  return new HttpResponse(stream, { headers: { 'content-type': 'application/json' } });
}

interface Fault {
  name: string;
  /** The server's answer to the n-th attempt (1-based); undefined passes to the sample data. */
  respond(attempt: number): Response | Promise<Response> | undefined;
  /** The error class the caller gets, or 'data' when a retry succeeds. */
  outcome: typeof HttpError | typeof NetworkError | typeof TimeoutError | typeof ResponseValidationError | 'data';
  attempts: number;
  status?: number;
}

const FAULTS: Fault[] = [
  { name: 'network error, every attempt', respond: () => HttpResponse.error(), outcome: NetworkError, attempts: RETRIES + 1 },
  { name: 'network error once', respond: (n) => (n === 1 ? HttpResponse.error() : undefined), outcome: 'data', attempts: 2 },
  {
    name: 'no answer within the timeout',
    respond: async () => {
      await delay('infinite');
      return HttpResponse.json({});
    },
    outcome: TimeoutError,
    attempts: 1,
  },
  { name: 'body stalls after the headers', respond: stalledBody, outcome: TimeoutError, attempts: 1 },
  { name: '500, every attempt', respond: () => HttpResponse.json(problem(500, 'Internal error'), { status: 500 }), outcome: HttpError, attempts: RETRIES + 1, status: 500 },
  { name: '500 with an HTML body', respond: () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }), outcome: HttpError, attempts: RETRIES + 1, status: 502 },
  { name: '503 once, Retry-After: 0', respond: (n) => (n === 1 ? new HttpResponse(null, { status: 503, headers: { 'retry-after': '0' } }) : undefined), outcome: 'data', attempts: 2 },
  { name: '503, every attempt', respond: () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '0' } }), outcome: HttpError, attempts: RETRIES + 1, status: 503 },
  { name: '429, every attempt', respond: () => HttpResponse.json(problem(429, 'Too many requests'), { status: 429, headers: { 'retry-after': '0' } }), outcome: HttpError, attempts: RETRIES + 1, status: 429 },
  { name: 'malformed JSON', respond: () => new HttpResponse('{"items": [', { headers: { 'content-type': 'application/json' } }), outcome: ResponseValidationError, attempts: 1 },
  { name: 'an HTML page instead of JSON', respond: () => new HttpResponse('<html>oops</html>', { headers: { 'content-type': 'text/html' } }), outcome: ResponseValidationError, attempts: 1 },
  { name: 'JSON that breaks the contract', respond: () => HttpResponse.json({ items: [{ id: 'x' }], nextCursor: null }), outcome: ResponseValidationError, attempts: 1 },
  { name: '404 (not retried)', respond: () => HttpResponse.json(problem(404, 'Not found'), { status: 404 }), outcome: HttpError, attempts: 1, status: 404 },
];

function counting(respond: Fault['respond']): () => number {
  let attempts = 0;
  server.use(http.get(`${BASE}/organizations`, () => respond(++attempts)));
  return () => attempts;
}

describe('client fault matrix (organizations.list, retries: 2, timeout: 200 ms)', () => {
  const rows = FAULTS.map((fault) => ({ ...fault, gets: fault.outcome === 'data' ? 'the data' : fault.outcome.name }));
  it.each(rows)('$name → $gets after $attempts attempt(s)', async ({ respond, outcome, attempts, status }) => {
    const calls = counting(respond);
    const started = performance.now();
    const result = await client.organizations.list({ limit: 1 }).then(
      (page) => page,
      (error: unknown) => error,
    );
    if (outcome === 'data') {
      expect(result).toMatchObject({ items: [expect.objectContaining({ id: expect.any(String) })] });
    } else {
      expect(result).toBeInstanceOf(outcome);
      expect(isLiaisonError(result)).toBe(true);
      if (status) expect((result as HttpError).status).toBe(status);
    }
    expect(calls()).toBe(attempts);
    // Bounded: backoff is capped and a timed-out attempt is not retried.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('names the field a contract-breaking body got wrong', async () => {
    counting(() => HttpResponse.json({ items: [{ id: 'x' }], nextCursor: null }));
    const error = (await client.organizations.list().then(undefined, (e: unknown) => e)) as ResponseValidationError;
    expect(error.issues.map((i) => i.path)).toContain('items[0].name');
  });

  it('keeps the problem of a 4xx/5xx that sent one', async () => {
    counting(() => HttpResponse.json(problem(429, 'Too many requests'), { status: 429, headers: { 'retry-after': '0' } }));
    await expect(client.organizations.list()).rejects.toMatchObject({ problem: { title: 'Too many requests', status: 429 } });
  });

  it.each([429, 503])('waits what Retry-After asks on a %i, within a bound, then gets the data', async (code) => {
    const seen: number[] = [];
    counting((n) => {
      seen.push(performance.now());
      return n === 1 ? HttpResponse.json(problem(code, 'Later'), { status: code, headers: { 'retry-after': '1' } }) : undefined;
    });
    const page = await createClient({ baseUrl: BASE, retries: RETRIES }).organizations.list({ limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(seen).toHaveLength(2);
    const waited = seen[1]! - seen[0]!;
    expect(waited).toBeGreaterThanOrEqual(990);
    expect(waited).toBeLessThan(2_000);
  });

  it('gives the caller’s own abort back untouched, after one attempt', async () => {
    const calls = counting(async () => {
      await delay(1_000);
      return HttpResponse.json({});
    });
    const controller = new AbortController();
    const pending = client.organizations.list({ signal: controller.signal }).then(undefined, (e: unknown) => e);
    await expect.poll(calls).toBe(1);
    controller.abort();
    const error = (await pending) as Error;
    expect(error.name).toBe('AbortError');
    expect(isLiaisonError(error)).toBe(false);
    expect(calls()).toBe(1);
  });
});
