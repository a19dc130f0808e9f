import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { partnerStanding } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import {
  HttpError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  createClient,
  isLiaisonError,
} from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';

const BASE = 'https://api.liaison.example.org/v1';
const server = setupServer(...createHandlers({ baseUrl: BASE }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createClient({ baseUrl: BASE, retries: 0 });
/** What the list shows when no standing is asked for: the official partners. */
const OFFICIAL = SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'official');

describe('organizations.list', () => {
  it('awaits to the first page', async () => {
    const page = await client.organizations.list({ limit: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBe(OFFICIAL.length);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('iterates over every page, following cursors', async () => {
    const sizes: number[] = [];
    const ids: string[] = [];
    for await (const page of client.organizations.list({ limit: 15 })) {
      sizes.push(page.items.length);
      ids.push(...page.items.map((o) => o.id));
    }
    expect(sizes.length).toBe(Math.ceil(OFFICIAL.length / 15));
    expect(new Set(ids).size).toBe(OFFICIAL.length);
  });

  it('collects items with toArray and refuses to hold more than max', async () => {
    expect(await client.organizations.list({ limit: 100 }).toArray()).toHaveLength(OFFICIAL.length);
    await expect(client.organizations.list({ limit: 3 }).toArray({ max: 4 })).rejects.toBeInstanceOf(RangeError);
  });

  it('turns a 400 problem into an HttpError with field issues', async () => {
    const error = await client.organizations.list({ limit: 500 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(400);
    expect((error as HttpError).issues[0]?.path).toBe('limit');
  });
});

describe('organizations.get', () => {
  it('returns a validated organisation', async () => {
    const wanted = SAMPLE_ORGANIZATIONS.find((o) => o.id === 'icom') ?? SAMPLE_ORGANIZATIONS[0]!;
    expect(await client.organizations.get(wanted.id)).toEqual(wanted);
  });

  it('throws HttpError 404 carrying the problem', async () => {
    await expect(client.organizations.get('nobody')).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      problem: { title: 'Not found' },
    });
  });
});

describe('failures', () => {
  it('throws NetworkError when the request never gets a response', async () => {
    server.use(http.get(`${BASE}/organizations`, () => HttpResponse.error()));
    const error = await client.organizations.list().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(isLiaisonError(error)).toBe(true);
  });

  it('throws ResponseValidationError naming the field when the body breaks the contract', async () => {
    server.use(http.get(`${BASE}/organizations`, () => HttpResponse.json({ items: [{ id: 'x' }], nextCursor: null })));
    const error = await client.organizations.list().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((i) => i.path)).toContain('items[0].name');
  });

  it('throws ResponseValidationError when the body is not JSON', async () => {
    server.use(http.get(`${BASE}/organizations`, () => new HttpResponse('<html>oops</html>', { headers: { 'content-type': 'text/html' } })));
    await expect(client.organizations.list()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('throws HttpError on a 500 with a non-JSON body', async () => {
    server.use(http.get(`${BASE}/organizations`, () => new HttpResponse('Bad gateway', { status: 502 })));
    await expect(client.organizations.list()).rejects.toMatchObject({ kind: 'http', status: 502, problem: undefined });
  });

  it('throws TimeoutError when the server does not answer in time', async () => {
    server.use(http.get(`${BASE}/organizations`, async () => { await delay('infinite'); return HttpResponse.json({}); }));
    const quick = createClient({ baseUrl: BASE, timeout: 50, retries: 0 });
    await expect(quick.organizations.list()).rejects.toBeInstanceOf(TimeoutError);
  });

  it('passes the caller’s own abort through untouched', async () => {
    server.use(http.get(`${BASE}/organizations`, async () => { await delay(1_000); return HttpResponse.json({}); }));
    const controller = new AbortController();
    const pending = client.organizations.list({ signal: controller.signal }).then(() => undefined, (e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect((error as Error).name).toBe('AbortError');
    expect(isLiaisonError(error)).toBe(false);
  });

  it('retries a 503 on GET, then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/organizations`, () => {
        calls++;
        return calls === 1 ? new HttpResponse(null, { status: 503, headers: { 'retry-after': '0' } }) : undefined;
      }),
    );
    const retrying = createClient({ baseUrl: BASE, retries: 2 });
    const page = await retrying.organizations.list({ limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(calls).toBe(2);
  });
});
