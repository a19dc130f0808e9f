import { describe, expect, it } from 'vitest';
import { ApiMetrics } from '../src/observability/metrics.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();
const METRICS_TOKEN = 'scrape-me-7f3a';
const guarded = useTestServer({ metricsToken: METRICS_TOKEN });

async function scrape(url = server.url, init?: RequestInit): Promise<string> {
  const response = await fetch(`${url}/metrics`, init);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of the sample `name` whose labels include `labels` (undefined when there is none). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = match[2] ?? '';
    if (Object.entries(labels).every(([key, value]) => present.split(',').includes(`${key}="${value}"`))) return Number(match[3]);
  }
  return undefined;
}

async function get(path: string): Promise<number> {
  const response = await fetch(`${server.url}${path}`);
  await response.arrayBuffer();
  return response.status;
}

describe('/metrics', () => {
  it('counts requests by route pattern, method and status, with a latency histogram per route', async () => {
    const { items } = (await (await fetch(`${server.url}/v1/organizations?limit=2`)).json()) as { items: { id: string }[] };
    const before = sample(await scrape(), 'liaison_http_requests_total', { method: 'GET', route: '/v1/organizations/:id', status: '200' }) ?? 0;
    for (const { id } of items) expect(await get(`/v1/organizations/${id}`)).toBe(200);
    expect(await get('/v1/organizations/no-such-organisation')).toBe(404);

    const text = await scrape();
    expect(sample(text, 'liaison_http_requests_total', { method: 'GET', route: '/v1/organizations/:id', status: '200' })).toBe(before + 2);
    expect(sample(text, 'liaison_http_requests_total', { method: 'GET', route: '/v1/organizations/:id', status: '404' })).toBe(1);
    expect(sample(text, 'liaison_http_requests_total', { method: 'GET', route: '/v1/organizations', status: '200' })).toBe(1);
    // The ids are not labels: only the pattern is.
    for (const { id } of items) expect(text).not.toContain(id);
    expect(sample(text, 'liaison_http_request_duration_seconds_count', { method: 'GET', route: '/v1/organizations/:id' })).toBe(before + 3);
    expect(sample(text, 'liaison_http_request_duration_seconds_bucket', { method: 'GET', route: '/v1/organizations/:id', le: '+Inf' })).toBe(before + 3);
  });

  it('counts requests for unknown paths under one label, not one per path', async () => {
    const before = sample(await scrape(), 'liaison_http_requests_total', { route: '(unmatched)', status: '404' }) ?? 0;
    for (const path of ['/wp-login.php', '/.env', '/v1/no-such-resource/42', '/admin/config?x=1']) expect(await get(path)).toBe(404);

    const text = await scrape();
    expect(sample(text, 'liaison_http_requests_total', { method: 'GET', route: '(unmatched)', status: '404' })).toBe(before + 4);
    expect(text).not.toMatch(/wp-login|\.env|no-such-resource|admin/);
  });

  it('reports the change feed: batches and records applied, the log position, storage reachable', async () => {
    const db = await server.connect();
    try {
      // Another process rewrites one organisation (the same record): the change log names it.
      const row = await db.selectFrom('organizations').select(['id', 'data']).limit(1).executeTakeFirstOrThrow();
      await db.updateTable('organizations').set({ data: row.data }).where('id', '=', row.id).execute();
    } finally {
      await db.destroy();
    }
    const before = await scrape();
    await server.running.storage.changes.poll();
    const after = await scrape();

    const batches = (text: string) => sample(text, 'liaison_change_batches_total', { kind: 'incremental' }) ?? 0;
    const records = (text: string) => sample(text, 'liaison_change_records_total', { table: 'organizations' }) ?? 0;
    // The feed polls by itself too: it may already have applied the change before the first scrape.
    expect(batches(after)).toBeGreaterThanOrEqual(1);
    expect(records(after)).toBe(1);
    expect(records(after) - records(before)).toBeLessThanOrEqual(1);
    expect(sample(after, 'liaison_change_log_position')).toBe(server.running.storage.changes.seq());
    expect(sample(after, 'liaison_storage_reachable')).toBe(1);
    expect(sample(after, 'liaison_storage_last_contact_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
  });

  it("includes Node's process metrics", async () => {
    const text = await scrape();
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('keeps each server’s figures apart: two servers in one process each count their own requests', async () => {
    const guardedBefore = sample(await scrape(guarded.url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }), 'liaison_http_requests_total', {
      route: '/v1/organizations',
    });
    expect(await get('/v1/organizations')).toBe(200);
    const guardedAfter = sample(await scrape(guarded.url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }), 'liaison_http_requests_total', {
      route: '/v1/organizations',
    });
    expect(guardedAfter).toBe(guardedBefore);
  });

  it('asks for the bearer token when METRICS_TOKEN is set', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${METRICS_TOKEN}`]) {
      const response = await fetch(`${guarded.url}/metrics`, authorization ? { headers: { authorization } } : {});
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain('liaison_http_requests_total');
    }
    expect(await scrape(guarded.url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).toContain('liaison_http_requests_total');
  });
});

describe('index updates on /metrics', () => {
  it("counts a record written behind the server's back as an incremental update, not a rebuild", async () => {
    expect(await get('/v1/organizations?q=heritage')).toBe(200); // the index exists (seeding built it, before the app)
    const before = await scrape();
    const full = sample(before, 'liaison_index_updates_total', { kind: 'full' }) ?? 0;
    const incremental = sample(before, 'liaison_index_updates_total', { kind: 'incremental' }) ?? 0;

    const other = await server.connect();
    try {
      const row = await other.selectFrom('organizations').select(['id', 'data']).orderBy('id').executeTakeFirstOrThrow();
      await other
        .updateTable('organizations')
        .set({ data: row.data.replace('"name":{', '"name":{"es":"Renombrada",') })
        .where('id', '=', row.id)
        .execute();
    } finally {
      await other.destroy();
    }
    await expect.poll(async () => sample(await scrape(), 'liaison_index_updates_total', { kind: 'incremental' }), { timeout: 3_000 }).toBe(incremental + 1);
    expect(sample(await scrape(), 'liaison_index_updates_total', { kind: 'full' }) ?? 0).toBe(full);
  });
});

describe('ApiMetrics.recordIndexUpdate', () => {
  it('counts index updates and their duration by kind', async () => {
    // A registry of its own beside the running server's: no clash over metric names.
    const metrics = new ApiMetrics(server.running.storage.changes);
    metrics.recordIndexUpdate('full', 1.3);
    metrics.recordIndexUpdate('incremental', 0.004);
    metrics.recordIndexUpdate('incremental', 0.002);
    const { body } = await metrics.exposition();
    expect(sample(body, 'liaison_index_updates_total', { kind: 'full' })).toBe(1);
    expect(sample(body, 'liaison_index_updates_total', { kind: 'incremental' })).toBe(2);
    expect(sample(body, 'liaison_index_update_duration_seconds_bucket', { kind: 'incremental', le: '0.005' })).toBe(2);
    expect(sample(body, 'liaison_index_update_duration_seconds_bucket', { kind: 'full', le: '1' })).toBe(0);
    expect(sample(body, 'liaison_index_update_duration_seconds_sum', { kind: 'full' })).toBeCloseTo(1.3);
  });
});
