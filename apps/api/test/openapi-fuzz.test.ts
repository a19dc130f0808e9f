import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem, operations as contract, safeParse, type OperationId } from '@ngo-liaison/core';
import { rawGetPath, type RawResponse } from './http-get.js';
import {
  hostilePathSegment,
  hostileQueryValues,
  oddHeaders,
  validValues,
  type OpenApiParameter,
} from './openapi-arbitraries.js';
import { bearer, issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';

/**
 * Every operation and every parameter of the served OpenAPI document, sent valid and hostile
 * values over HTTP to a real server: never a 5xx, every 4xx a problem+json, every announced
 * JSON body parseable. The seed is fixed (FUZZ_SEED=… to try another, FUZZ_SCALE=10 for ten
 * times the runs, FUZZ_DEBUG=1 to print every 4xx); fast-check prints the seed with the shrunk
 * request when a property fails.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
/** Runs per parameter and per operation: ~700 requests in all, a few seconds on loopback. */
const RUNS = { valid: 3 * SCALE, hostileParameter: 4 * SCALE, headers: 2 * SCALE };

interface Operation {
  id: string;
  path: string;
  parameters: OpenApiParameter[];
}

interface FuzzRequest {
  /** Path parameters, already as they go on the wire (percent-encoded or deliberately raw). */
  segments: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string>;
}

const server = useTestServer({ now: () => new Date('2026-12-01T00:00:00Z') });
let operations: Operation[] = [];
/** A real value per path parameter of each operation (from its collection), so that valid requests reach the data. */
const pathSamples = new Map<string, Record<string, string>>();
/** Valid values of the free-string parameters, by name, from the served data. */
const known: Record<string, string[]> = {
  q: ['museum', 'ocean science', 'мир', '博物馆', 'مؤسسة', 'educacion', 'heritag'],
  country: ['FR', 'KE', 'BR'],
  hq: ['FR', 'US'],
  language: ['en', 'fr', 'es'],
  interest: ['museums', 'heritage'],
  timeZone: ['UTC', 'Europe/Paris', 'Asia/Kolkata', 'America/Los_Angeles'],
  from: ['2026-11-01', '2026-12-01T09:00:00Z'],
  to: ['2027-01-31', '2026-12-31T23:59:59Z'],
  weights: ['sector:1', 'sdgs:2,geography:0.5', 'themes:1,languages:0'],
  event: ['icngo-2018'],
  sector: ['ED', 'CLT'],
  addressee: ['sector:ED', 'member-state:KE'],
};
/** How many answers of each status the run saw (printed at the end: a fuzz run that only ever got 400s proves little). */
const statuses = new Map<number, number>();

beforeAll(async () => {
  const response = await fetch(`${server.url}/v1/openapi.json`);
  const document = (await response.json()) as { paths: Record<string, Record<string, { operationId: string; parameters?: OpenApiParameter[] }>> };
  // Anonymous GETs to the public operations: signed-in ones answer 401 here, and writes have tests of their own.
  const isPublic = (id: string) => (contract[id as OperationId] as { security?: string } | undefined)?.security !== 'signed-in';
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method, operation]) => method === 'get' && isPublic(operation.operationId))
      .map(([, operation]) => ({ id: operation.operationId, path, parameters: operation.parameters ?? [] })),
  );
  const items = async (path: string) => ((await (await fetch(`${server.url}${path}`)).json()) as { items: Record<string, string>[] }).items;
  const offices = await items('/v1/field-offices');
  known.fieldOffice = offices.map((o) => o.code ?? '');
  known.type = [...new Set(offices.map((o) => o.type ?? ''))];
  known.programme = (await items('/v1/programmes')).map((p) => p.id ?? '');
  known.session = (await items('/v1/sessions')).map((s) => s.id ?? '');
  known.organization = known.member = (await items('/v1/organizations')).map((o) => o.id ?? '');
  // The write path's public reads need data a fresh database lacks: one recommendation, recorded by the Committee.
  const committee = await issueTestToken(server.running.storage, [{ role: 'liaison-committee' }]);
  const recorded = await fetch(`${server.url}/v1/recommendations`, {
    method: 'POST',
    headers: { ...bearer(committee.token), 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'icngo-2018', text: { en: 'Involve NGOs.' }, themes: [], sectors: ['ED'], countries: ['KE'], addressees: [{ kind: 'sector', sector: 'ED' }] }),
  });
  expect(recorded.status).toBe(201);
  // Consultations' public results exist once published after closing: one closed consultation, published.
  const secretariat = await issueTestToken(server.running.storage, [{ role: 'secretariat' }]);
  const write = (path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { ...bearer(secretariat.token), 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const consultation = (await (await write('/v1/consultations', {
    title: { en: 'Closed' }, owner: { kind: 'secretariat' }, audience: { kind: 'all-partners' },
    questions: [{ key: 'say', kind: 'free-text', prompt: { en: 'Say' } }],
    opensAt: '2020-01-01T00:00:00Z', closesAt: '2020-01-02T00:00:00Z',
  })).json()) as { id: string };
  expect((await write(`/v1/consultations/${consultation.id}/results/publish`)).status).toBe(200);
  // Forum themes have no list of their own (an event's themes are under the event): one theme, proposed by a Member State.
  const memberState = await issueTestToken(server.running.storage, [{ role: 'member-state', country: 'KE', via: 'delegation' }]);
  const theme = (await (await fetch(`${server.url}/v1/events/demo-baobab-youth-forum/forum-themes`, {
    method: 'POST',
    headers: { ...bearer(memberState.token), 'content-type': 'application/json' },
    body: JSON.stringify({ title: { en: 'Youth and the sea' }, description: {} }),
  })).json()) as { id: string };
  for (const operation of operations) {
    const names = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
    if (!names.length) continue;
    if (operation.id === 'getInboxFeed') {
      // Inboxes have no list: every addressee key names one (the sector's holds the recommendation).
      pathSamples.set(operation.id, { addressee: 'sector:ED' });
      continue;
    }
    if (operation.id === 'privateCalendarFeed') {
      // A private calendar feed's secret is its credential: one created by a person for themselves.
      const person = await issueTestToken(server.running.storage, [{ role: 'member-state', country: 'FR', via: 'national-commission' }]);
      const created = (await (await fetch(`${server.url}/v1/me/calendar-feed`, { method: 'POST', headers: bearer(person.token) })).json()) as { url: string };
      pathSamples.set(operation.id, { secret: /private\/(.+)\.ics$/.exec(created.url)![1]! });
      continue;
    }
    if (operation.id === 'getForumTheme') {
      pathSamples.set(operation.id, { id: theme.id });
      continue;
    }
    // /v1/organizations/{id}/contact.vcf → the first item of /v1/organizations.
    const collection = operation.path.slice(0, operation.path.indexOf('/{'));
    // The first item the operation answers 200 for (not every organisation has a contact card).
    const list = (await (await fetch(`${server.url}${collection}`)).json()) as { items: Record<string, string>[] };
    for (const item of list.items) {
      const segments = Object.fromEntries(names.map((name) => [name, encodeURIComponent(item[name] ?? item.id ?? '')]));
      if ((await rawGetPath(server.port, target(operation, { segments, query: [], headers: {} }))).status !== 200) continue;
      pathSamples.set(operation.id, segments);
      break;
    }
    expect(pathSamples.has(operation.id), `${collection} has an item that ${operation.id} answers 200 for`).toBe(true);
  }
});

function target(operation: Operation, request: FuzzRequest): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => request.segments[name] ?? '');
  const query = new URLSearchParams(request.query).toString();
  return query ? `${path}?${query}` : path;
}

/** The body as sent, decoded (the server compresses when asked to). */
function decoded({ headers, body }: RawResponse): string {
  const encoding = String(headers['content-encoding'] ?? 'identity');
  const bytes = encoding === 'gzip' ? gunzipSync(body) : encoding === 'br' ? brotliDecompressSync(body) : encoding === 'deflate' ? inflateSync(body) : body;
  return bytes.toString('utf8');
}

/** What must hold for every answer, whatever was asked. */
async function send(operation: Operation, request: FuzzRequest): Promise<RawResponse> {
  const path = target(operation, request);
  const response = await rawGetPath(server.port, path, request.headers);
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const where = `${operation.id}: GET ${path.slice(0, 300)} ${JSON.stringify(request.headers).slice(0, 200)}`;
  if (process.env.FUZZ_DEBUG && response.status >= 400) console.log(response.status, where.slice(0, 200), decoded(response).slice(0, 300));
  const type = String(response.headers['content-type'] ?? '');
  expect(response.status, where).toBeLessThan(500);
  if (response.status >= 400) {
    expect(type, where).toMatch(/^application\/problem\+json/);
    const problem = safeParse(Problem, JSON.parse(decoded(response)));
    expect(problem.success, where).toBe(true);
    expect(problem.data?.status, where).toBe(response.status);
  } else if (/^application\/(.+\+)?json/.test(type)) {
    expect(() => JSON.parse(decoded(response)), where).not.toThrow();
  }
  return response;
}

/** Valid values for every parameter, each optional one present or not. */
function validRequest(operation: Operation): fc.Arbitrary<FuzzRequest> {
  const optional = operation.parameters
    // A valid cursor comes only from a previous page; forged ones are in the hostile runs.
    .filter((p) => p.in === 'query' && p.name !== 'cursor')
    .map((p) => fc.option(validValues(p.schema, known[p.name]).map((values) => values.map((value): [string, string] => [p.name, value])), { nil: [] }));
  return fc.tuple(...optional).map((lists) => ({ segments: pathSamples.get(operation.id) ?? {}, query: lists.flat(), headers: {} }));
}

/** One parameter hostile, the rest valid. */
function hostileRequest(operation: Operation, parameter: OpenApiParameter): fc.Arbitrary<FuzzRequest> {
  if (parameter.in === 'path') {
    return hostilePathSegment.map((segment) => ({ segments: { ...pathSamples.get(operation.id), [parameter.name]: segment }, query: [], headers: {} }));
  }
  return fc.tuple(validRequest(operation), hostileQueryValues(parameter.name)).map(([valid, values]) => ({
    ...valid,
    query: [...valid.query.filter(([name]) => name !== parameter.name), ...values.map((value): [string, string] => [parameter.name, value])],
  }));
}

function check(operation: Operation, arbitrary: fc.Arbitrary<FuzzRequest>, numRuns: number): Promise<void> {
  return fc.assert(
    fc.asyncProperty(arbitrary, async (request) => void (await send(operation, request))),
    { seed: SEED, numRuns, endOnFailure: true },
  );
}

afterAll(() => {
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  console.log(`openapi fuzz, seed ${SEED}: ${total} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
});

describe(`fuzzed requests from the OpenAPI document (seed ${SEED})`, () => {
  it('reads operations with parameters from the served document', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.flatMap((o) => o.parameters).length).toBeGreaterThan(100);
  });

  it('answers 2xx to every operation with its required parameters, and never 5xx to valid samples', async () => {
    for (const operation of operations) {
      const minimal = await send(operation, { segments: pathSamples.get(operation.id) ?? {}, query: [], headers: {} });
      expect(minimal.status, `${operation.id} with its required parameters only`).toBe(200);
      await check(operation, validRequest(operation), RUNS.valid);
    }
  }, 60_000);

  it('answers hostile values in every parameter with a 2xx or a problem+json 4xx, never a 5xx', async () => {
    for (const operation of operations) {
      for (const parameter of operation.parameters) await check(operation, hostileRequest(operation, parameter), RUNS.hostileParameter);
    }
  }, 60_000);

  it('answers odd Accept, encoding, language and validator headers and unknown parameters the same way', async () => {
    for (const operation of operations) {
      const arbitrary = fc.tuple(validRequest(operation), oddHeaders, fc.array(fc.tuple(fc.constantFrom('unknown', 'limit[]', 'q.q', '__proto__'), fc.string()), { maxLength: 3 }));
      await check(
        operation,
        arbitrary.map(([valid, headers, extra]) => ({ ...valid, headers, query: [...valid.query, ...extra] })),
        RUNS.headers,
      );
    }
  }, 60_000);
});
