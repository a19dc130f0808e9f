import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';

/*
 * PostgreSQL goes away under load and comes back. This needs a server of its own (the suite's
 * is shared by parallel test files), started with the repository's cluster script on another
 * port: reads served from memory keep working, what needs the database answers 503 with
 * Retry-After, /readyz says degraded (the node stays in rotation), and the node recovers
 * without a restart.
 */
const SCRIPT = fileURLToPath(new URL('../../../scripts/postgres-cluster.sh', import.meta.url));
const PORT = '55433';
const DATA = `/tmp/liaison-pg-restart-${process.pid}`;
const cluster = (command: 'start' | 'stop') =>
  execFileSync('bash', [SCRIPT, command], { env: { ...process.env, LIAISON_PG_PORT: PORT, LIAISON_PG_DATA: DATA }, encoding: 'utf8' }).trim();

let server: RunningServer;

beforeAll(async () => {
  const url = cluster('start');
  server = await startServer({ port: 0, host: '127.0.0.1', databaseUrl: url, widgetsDir: null, demoDir: null });
}, 120_000);

afterAll(async () => {
  await server?.close();
  cluster('stop');
  rmSync(DATA, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.url}${path}`);

describe('PostgreSQL restarts under load', () => {
  it('serves from memory, answers 503 + Retry-After for the rest, and recovers by itself', async () => {
    // Warm what is kept in memory: the directory's index and the programmes.
    expect((await get('/v1/organizations?q=heritage')).status).toBe(200);
    expect((await get('/v1/programmes')).status).toBe(200);
    expect((await get('/v1/events?limit=2')).status).toBe(200);

    // Load throughout: every response is 200 or 503, never a 500 or a dropped connection.
    const statuses = new Map<number, number>();
    let loading = true;
    const load = (async () => {
      const paths = ['/v1/organizations?q=museum', '/v1/events?limit=2', '/v1/programmes', '/readyz'];
      for (let i = 0; loading; i++) {
        const status = (await get(paths[i % paths.length]!)).status;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    })();

    cluster('stop');
    await expect.poll(async () => (await (await get('/readyz')).json()) as { status: string }, { timeout: 10_000 }).toMatchObject({ status: 'degraded' });
    expect((await get('/readyz')).status).toBe(200);
    expect((await get('/v1/organizations?q=heritage')).status).toBe(200);
    expect((await get('/v1/programmes')).status).toBe(200);
    const events = await get('/v1/events?limit=2');
    expect(events.status).toBe(503);
    expect(events.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(events.headers.get('content-type')).toContain('application/problem+json');

    cluster('start');
    await expect.poll(async () => (await get('/v1/events?limit=2')).status, { timeout: 20_000, interval: 250 }).toBe(200);
    await expect.poll(async () => ((await (await get('/readyz')).json()) as { status: string }).status, { timeout: 10_000 }).toBe('ready');

    loading = false;
    await load;
    expect([...statuses.keys()].filter((status) => status !== 200 && status !== 503)).toEqual([]);
  }, 90_000);
});
