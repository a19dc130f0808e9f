import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from './test-server.js';

const server = useTestServer();

/** Every cursor-paginated list, with a query that has a second page. */
const LISTS = {
  organizations: '/v1/organizations?limit=1',
  'organizations (search)': '/v1/organizations?limit=1&q=heritage',
  events: '/v1/events?limit=1',
  programmes: '/v1/programmes?limit=1',
  actions: '/v1/actions?limit=1',
  'focal points': '/v1/focal-points?limit=1',
  'field offices': '/v1/field-offices?limit=1',
  'programme matches': '/v1/programmes/memory-of-the-world/matches?limit=1',
  'organisation matches': '/v1/organizations/icom/matches?limit=1',
  'sector experts': '/v1/sectors/SC/experts?limit=1',
  'expert proposal': '/v1/sectors/CLT/expert-proposal?limit=1',
  'Liaison Committee mandates': '/v1/liaison-committee-mandates?limit=1',
} as const;
type ListName = keyof typeof LISTS;

const cursors = {} as Record<ListName, string>;

beforeAll(async () => {
  for (const [name, path] of Object.entries(LISTS) as [ListName, string][]) {
    const page = (await (await fetch(`${server.url}${path}`)).json()) as { nextCursor: string | null };
    if (!page.nextCursor) throw new Error(`${path} has no second page to test with`);
    cursors[name] = page.nextCursor;
  }
});

const pairs = (Object.keys(LISTS) as ListName[]).flatMap((list) =>
  (Object.keys(LISTS) as ListName[]).filter((other) => other !== list).map((other) => [list, other] as const),
);

describe('cursors are bound to their list', () => {
  it.each(Object.keys(LISTS) as ListName[])('%s: its own cursor gives the next page', async (list) => {
    expect((await fetch(`${server.url}${LISTS[list]}&cursor=${cursors[list]}`)).status).toBe(200);
  });

  it.each(pairs)('%s rejects a cursor of %s with 400 naming cursor', async (list, other) => {
    const response = await fetch(`${server.url}${LISTS[list]}&cursor=${cursors[other]}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(['cursor']);
  });
});

describe('cursors are bound to their ranking', () => {
  it("rejects one programme's matches cursor on another programme's matches", async () => {
    const response = await fetch(`${server.url}/v1/programmes/demo-coastal-literacy-initiative/matches?limit=1&cursor=${cursors['programme matches']}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('cursor');
  });
});
