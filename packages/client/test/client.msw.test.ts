import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { partnerStanding } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { HttpError, createClient } from '../src/index.js';
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

// Failures (network, timeout, 5xx, malformed or contract-breaking bodies, abort): fault-matrix.msw.test.ts.
