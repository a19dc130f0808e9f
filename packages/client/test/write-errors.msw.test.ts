import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '@ngo-liaison/core';
import {
  ConflictError,
  ForbiddenError,
  HttpError,
  NotFoundError,
  PreconditionRequiredError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
  createClient,
  isLiaisonError,
} from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { ADMISSION_DECISION, LANTERNFISH, PEOPLE, admission } from './write-fixtures.js';

/*
 * The transport's one mapping from status to error class, and its retry policy for writes:
 * never retried, except a POST carrying an Idempotency-Key (the server replays its answer).
 */
const BASE = 'https://api.liaison.example.org/v1';
const ID = LANTERNFISH.id;
const server = setupServer(...createHandlers({ baseUrl: BASE, people: Object.values(PEOPLE) }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = (options: { retries?: number } = {}) => createClient({ baseUrl: BASE, retries: options.retries ?? 2, token: PEOPLE.secretariat.token });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);
const problem = (status: number, type: string) => ({ type, title: 'x', status, currentVersion: '"9"', current: { id: ID } });

describe('typed errors', () => {
  const TABLE: [number, abstract new (...args: never[]) => HttpError, string][] = [
    [400, ValidationError, PROBLEM_TYPES.invalidRequest],
    [401, UnauthorizedError, PROBLEM_TYPES.unauthorized],
    [403, ForbiddenError, PROBLEM_TYPES.forbidden],
    [404, NotFoundError, PROBLEM_TYPES.notFound],
    [409, ConflictError, PROBLEM_TYPES.conflict],
    [412, ConflictError, PROBLEM_TYPES.preconditionFailed],
    [428, PreconditionRequiredError, PROBLEM_TYPES.preconditionRequired],
    [429, RateLimitedError, PROBLEM_TYPES.rateLimited],
    [422, HttpError, PROBLEM_TYPES.idempotencyKeyReused],
    [500, HttpError, PROBLEM_TYPES.internal],
  ];
  it.each(TABLE.map(([status, type, problemType]) => ({ status, type, name: type.name, problemType })))('$status → $name, an HttpError of kind http with its problem', async ({ status, type, problemType }) => {
    server.use(http.patch(`${BASE}/organizations/${ID}`, () => HttpResponse.json(problem(status, problemType), { status, headers: { 'retry-after': '7' } })));
    const error = await failure(client().organizations.update(ID, { founded: 1990 }, { ifMatch: '"1"' }));
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(HttpError);
    expect(isLiaisonError(error)).toBe(true);
    const httpError = error as HttpError;
    expect([httpError.kind, httpError.status, httpError.problem?.type]).toEqual(['http', status, problemType]);
    if (error instanceof ConflictError) expect([error.currentVersion, error.current]).toEqual(['"9"', { id: ID }]);
  });

  it('RateLimitedError carries Retry-After in seconds, as delta-seconds or as an HTTP date', async () => {
    server.use(http.patch(`${BASE}/organizations/${ID}`, () => HttpResponse.json(problem(429, PROBLEM_TYPES.rateLimited), { status: 429, headers: { 'retry-after': '120' } })));
    expect(((await failure(client().organizations.update(ID, { founded: 1990 }, { ifMatch: '"1"' }))) as RateLimitedError).retryAfterSeconds).toBe(120);
    const at = new Date(Date.now() + 30_000).toUTCString();
    server.use(http.patch(`${BASE}/organizations/${ID}`, () => HttpResponse.json(problem(429, PROBLEM_TYPES.rateLimited), { status: 429, headers: { 'retry-after': at } })));
    const seconds = ((await failure(client().organizations.update(ID, { founded: 1990 }, { ifMatch: '"1"' }))) as RateLimitedError).retryAfterSeconds;
    expect(seconds).toBeGreaterThanOrEqual(28);
    expect(seconds).toBeLessThanOrEqual(31);
  });
});

describe('write retries', () => {
  /** Answers 503 (Retry-After: 0) to the first `failures` attempts, then lets the handlers answer. */
  function flaky(method: 'patch' | 'post', path: string, failures: number): () => number {
    let attempts = 0;
    const resolver = () => (++attempts <= failures ? HttpResponse.json(problem(503, PROBLEM_TYPES.unavailable), { status: 503, headers: { 'retry-after': '0' } }) : undefined);
    server.use(method === 'patch' ? http.patch(`${BASE}${path}`, resolver) : http.post(`${BASE}${path}`, resolver));
    return () => attempts;
  }

  it('a PATCH is never retried', async () => {
    const attempts = flaky('patch', `/organizations/${ID}`, 1);
    expect(((await failure(client().organizations.update(ID, { founded: 1990 }, { ifMatch: '"1"' }))) as HttpError).status).toBe(503);
    expect(attempts()).toBe(1);
  });

  it('a POST without Idempotency-Key (publish, erase) is never retried', async () => {
    const attempts = flaky('post', `/organizations/${ID}/contact-erasures`, 1);
    expect(((await failure(client().organizations.eraseContact(ID, 'x@example.org'))) as HttpError).status).toBe(503);
    expect(attempts()).toBe(1);
  });

  it('a creation (POST with Idempotency-Key) is retried with the same key and created once', async () => {
    const keys: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => void (request.method === 'POST' && keys.push(request.headers.get('idempotency-key'))));
    const attempts = flaky('post', '/organizations', 1);
    const created = await client().organizations.create(admission('demo-retried'));
    expect(created.id).toBe('demo-retried');
    expect(attempts()).toBe(2);
    expect(new Set(keys).size).toBe(1);
    server.events.removeAllListeners();
    const decisionAttempts = flaky('post', '/organizations/demo-retried/decisions', 2);
    expect((await client().organizations.recordDecision('demo-retried', ADMISSION_DECISION)).kind).toBe('admission');
    expect(decisionAttempts()).toBe(3);
  });
});

describe('credentials', () => {
  it('a token getter is asked on every request and never put in the URL', async () => {
    let calls = 0;
    const urls: string[] = [];
    server.events.on('request:start', ({ request }) => void urls.push(request.url));
    const rotating = createClient({ baseUrl: BASE, retries: 0, token: () => (++calls === 1 ? PEOPLE.secretariat.token : PEOPLE.editor.token) });
    const first = await rotating.organizations.getForEdit(ID);
    await rotating.organizations.update(ID, { founded: 1990 }, { ifMatch: first.version });
    expect(calls).toBe(2);
    // The second request went as the editor: a pending revision, not a publish.
    expect((await rotating.revisions.list()).items).toHaveLength(1);
    expect(urls.join(' ')).not.toContain('tok-');
    server.events.removeAllListeners();
  });

  it('passes credentials to fetch (for the session cookie on another origin)', async () => {
    let credentials: RequestCredentials | undefined;
    server.events.on('request:start', ({ request }) => void (credentials = request.credentials));
    await createClient({ baseUrl: BASE, credentials: 'include' }).organizations.decisions(ID);
    expect(credentials).toBe('include');
    server.events.removeAllListeners();
  });
});
