// The README's write figures, on SQLite and (when a server is given) PostgreSQL:
//  1. Profile publishes per second with p50/p99: the Secretariat's PATCH with If-Match, each one
//     validated by core, written with its audit entry in one transaction and applied to the
//     search index, against a named peer in the same run — a bare Hono route that reads the
//     row and runs one `UPDATE organizations SET data = ? WHERE id = ?` on the same kind of
//     database (no credential, validation, version check, audit or index): what a write costs at least.
//  2. The time from a publish's response to the change being found by search, on the node that
//     took the write and on a second node over the same database (change feed, CHANGE_POLL_MS).
// Each server runs in its own process on loopback. Needs built dists (`npm run build`).
// BENCH_WRITES=publishes per backend (default 2,000); BENCH_CONCURRENCY (default 4);
// BENCH_POSTGRES_URL or LIAISON_TEST_POSTGRES_URL: an admin URL (a database is created and dropped);
// BENCH_SMOKE=1: 100 writes, 5 visibility probes (a CI check that it runs).
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const SMOKE = process.env.BENCH_SMOKE === '1';
const WRITES = Number(process.env.BENCH_WRITES ?? (SMOKE ? 100 : 2_000));
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const PROBES = SMOKE ? 5 : 30;
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? process.env.LIAISON_TEST_POSTGRES_URL;
const self = fileURLToPath(import.meta.url);


/** A Liaison node; the first one also makes the Secretariat's token and reports it. */
async function serveLiaison(location, first) {
  const { startServer } = await import('../dist/index.js');
  const { issueBenchToken } = await import('./bench-token.mjs');
  const server = await startServer({ port: 0, host: '127.0.0.1', ...location, widgetsDir: null, demoDir: null, changePollMs: 200 });
  const token = first ? await issueBenchToken(server.storage) : undefined;
  process.send({ port: server.port, token });
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
}

/** The peer: the least a write can cost through the same HTTP stack and database. */
async function serveBareUpdate(location) {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const { openStorage } = await import('../dist/index.js');
  const storage = await openStorage(location);
  const app = new Hono();
  app.patch('/v1/organizations/:id', async (c) => {
    const body = await c.req.json();
    const row = await storage.db.selectFrom('organizations').select('data').where('id', '=', c.req.param('id')).executeTakeFirst();
    if (!row) return c.json({ status: 404 }, 404);
    const data = JSON.stringify({ ...JSON.parse(row.data), ...body });
    await storage.db.updateTable('organizations').set({ data }).where('id', '=', c.req.param('id')).execute();
    return c.json({ ok: true });
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send({ port: info.port }));
  process.on('disconnect', () => server.close(() => void storage.close().then(() => process.exit(0))));
}

function start(kind, location) {
  return new Promise((resolve, reject) => {
    const child = fork(self, ['--serve', kind, JSON.stringify(location)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', (message) => resolve({ child, base: `http://127.0.0.1:${message.port}`, token: message.token }));
    child.once('error', reject);
    child.once('exit', (code) => code && reject(new Error(`${kind} server exited with ${code}`)));
  });
}
const stop = (node) => new Promise((resolve) => (node.child.once('exit', resolve), node.child.disconnect()));

async function getJson(url, headers = {}) {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return { body: await response.json(), etag: response.headers.get('etag') };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** `total` writes from `CONCURRENCY` loops, each on organisations of its own (no loser's 412). */
async function writeLoad(base, ids, total, write) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      const mine = ids.filter((_, i) => i % CONCURRENCY === worker);
      for (let n = 0; next < total; n++) {
        next++;
        const t0 = performance.now();
        await write(mine[n % mine.length], n);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function benchBackend(label, location, cleanup) {
  const first = await start('first', location);
  const second = await start('second', location);
  const auth = { authorization: `Bearer ${first.token}` };
  const everyStanding = 'standing=official&standing=pending&standing=former&standing=not-attested';
  const { body: page } = await getJson(`${first.base}/v1/organizations?limit=100&${everyStanding}`);
  const ids = page.items.map((org) => org.id);
  const versions = new Map();
  for (const id of ids) versions.set(id, (await getJson(`${first.base}/v1/organizations/${id}`, auth)).etag);

  const publish = async (base, id, patch) => {
    const response = await fetch(`${base}/v1/organizations/${id}`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/merge-patch+json', 'if-match': versions.get(id) },
      body: JSON.stringify(patch),
    });
    if (response.status !== 200) throw new Error(`PATCH ${id}: ${response.status} ${await response.text()}`);
    versions.set(id, response.headers.get('etag') ?? `"${(await response.json()).version}"`);
  };
  const liaison = await writeLoad(first.base, ids, WRITES, (id, n) => publish(first.base, id, { website: `https://example.org/bench/${n}` }));

  // Visibility: a word no record holds, published on the first node, then searched for.
  const visible = { same: [], other: [] };
  for (let probe = 0; probe < PROBES; probe++) {
    const word = `zqvx${probe}${Math.random().toString(36).slice(2, 8)}`;
    const id = ids[probe % ids.length];
    const { body: current } = await getJson(`${first.base}/v1/organizations/${id}`, auth);
    await publish(first.base, id, { acronym: { ...current.acronym, en: word } });
    const published = performance.now();
    const found = async (base) => {
      while (performance.now() - published < 30_000) {
        const { body } = await getJson(`${base}/v1/organizations?q=${word}&${everyStanding}`);
        if (body.items.some((org) => org.id === id)) return performance.now() - published;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      throw new Error(`${base} did not find "${word}" (${id}) within 30 s of its publish`);
    };
    visible.same.push(await found(first.base));
    visible.other.push(await found(second.base));
  }
  await stop(second);
  await stop(first);

  const bare = await start('bare', location);
  const peer = await writeLoad(bare.base, ids, WRITES, async (id, n) => {
    const response = await fetch(`${bare.base}/v1/organizations/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ website: `https://example.org/bare/${n}` }),
    });
    if (!response.ok) throw new Error(`bare PATCH ${id}: ${response.status}`);
  });
  await stop(bare);
  await cleanup();
  for (const list of Object.values(visible)) list.sort((a, b) => a - b);
  return { label, liaison, peer, visible };
}

async function main() {
  const { tempSqliteDatabase, tempPostgresDatabase } = await import('../dist/testing.js');
  const loadBefore = loadavg();
  const results = [];
  const sqlite = tempSqliteDatabase();
  results.push(await benchBackend('SQLite', sqlite.location, sqlite.cleanup));
  if (POSTGRES_URL) {
    const postgres = await tempPostgresDatabase(POSTGRES_URL);
    results.push(await benchBackend('PostgreSQL', postgres.location, postgres.cleanup));
  }
  const loadAfter = loadavg();

  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(
    `${WRITES.toLocaleString('en')} profile publishes per backend from ${CONCURRENCY} concurrent clients, loopback, Node ${process.versions.node}, ` +
      `${cpus().length} × ${cpus()[0]?.model.trim()}${SMOKE ? ' — SMOKE MODE' : ''}\n`,
  );
  console.log('| backend | write | writes/s | p50 | p99 | of the bare read-and-UPDATE |');
  console.log('|---|---|---|---|---|---|');
  for (const { label, liaison, peer } of results) {
    console.log(`| ${label} | publish with audit (PATCH, If-Match) | ${Math.round(liaison.perSecond)} | ${ms(liaison.p50)} | ${ms(liaison.p99)} | ${((liaison.perSecond / peer.perSecond) * 100).toFixed(0)} % |`);
    console.log(`| ${label} | bare read-and-UPDATE through Hono (peer) | ${Math.round(peer.perSecond)} | ${ms(peer.p50)} | ${ms(peer.p99)} | 100 % |`);
  }
  console.log(`\nFrom a publish's response to the change found by search (${PROBES} probes, change feed polled every 200 ms):\n`);
  console.log('| backend | same node p50 / max | other node p50 / max |');
  console.log('|---|---|---|');
  for (const { label, visible } of results) {
    console.log(`| ${label} | ${ms(percentile(visible.same, 50))} / ${ms(visible.same.at(-1))} | ${ms(percentile(visible.other, 50))} / ${ms(visible.other.at(-1))} |`);
  }
  const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
  console.log(`\nLoad average (1, 5, 15 min) before: ${load(loadBefore)}; after: ${load(loadAfter)}.${POSTGRES_URL ? '' : ' PostgreSQL skipped: set BENCH_POSTGRES_URL.'}`);
}

// Last, so that every declaration above is initialised before it runs.
if (process.argv[2] === '--serve') {
  const location = JSON.parse(process.argv[4]);
  if (process.argv[3] === 'bare') await serveBareUpdate(location);
  else await serveLiaison(location, process.argv[3] === 'first');
} else {
  await main();
}
