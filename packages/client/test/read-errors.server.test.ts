import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/msw/index.js';
import { useRealServer } from './real-server.js';

/*
 * The msw handlers and the server once drifted (a malformed organisation id: 404 from msw, 400
 * from the server) because each stated the rules itself. Both now ask core (pathParamsProblem,
 * problemOfError, the matching weight problems): this table keeps them answering alike.
 */
const server = useRealServer();
const MOCK = 'https://mock.example.org/v1';
const mock = setupServer(...createHandlers({ baseUrl: MOCK }));

beforeAll(() => mock.listen({ onUnhandledRequest: 'bypass' }));
afterAll(() => mock.close());

const REQUESTS = [
  // Malformed ids and codes: 400 naming the parameter, with its code.
  '/organizations/Bad_Id',
  '/organizations/Bad_Id/contact.vcf',
  '/organizations/Bad_Id/matches',
  '/organizations/Bad_Id/decisions',
  '/programmes/Bad_Id',
  '/programmes/Bad_Id/matches',
  '/sessions/EX_212',
  '/events/Bad_Id',
  '/field-offices/Bad_Code',
  '/liaison-committee-mandates/Bad_Id',
  // Well-formed but unknown: 404.
  '/organizations/no-such-organization',
  '/organizations/no-such-organization/contact.vcf',
  '/programmes/no-such-programme/matches',
  '/events/no-such-event',
  // Weights that leave nothing counting: 400 on weights.
  '/programmes/demo-archives-at-risk/matches?weights=sector:0,themes:0,sdgs:0,geography:0,languages:0,partnership:0,track-record:0',
  '/organizations/icom/matches?weights=sector:0,themes:0,sdgs:0,geography:0,languages:0,partnership:0,track-record:0',
  // A cursor the server never made: 400 on cursor (core's error mapping).
  '/organizations?cursor=bm90LWEtY3Vyc29y',
  '/events?cursor=bm90LWEtY3Vyc29y',
];

async function answer(base: string, path: string) {
  const response = await fetch(base + path);
  const { instance: _instance, ...problem } = (await response.json()) as Record<string, unknown>;
  // Not the content type: msw's interceptor reports a bypassed response's as text/plain.
  return { status: response.status, problem };
}

describe('read errors: msw answers like the server', () => {
  it.each(REQUESTS)('GET %s', async (path) => {
    const fromServer = await answer(`${server.url}/v1`, path);
    expect(fromServer.status).toBeGreaterThanOrEqual(400);
    expect(await answer(MOCK, path)).toEqual(fromServer);
  });

  it('a malformed organisation id is a 400 with the field and its code, not a 404', async () => {
    const { status, problem } = await answer(MOCK, '/organizations/Bad_Id');
    expect(status).toBe(400);
    expect(problem.errors).toEqual([{ path: 'id', message: expect.stringContaining('lower-case slug'), code: 'invalid-format' }]);
  });
});
