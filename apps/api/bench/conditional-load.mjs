// Feeds and exports under load, fresh (200) and revalidated (If-None-Match → 304), on the
// real server with the sample data in SQLite, measured with autocannon in this process.
// Needs built dists: `cd packages/core && npx tsup && cd ../../apps/api && npx tsup`.
// BENCH_DIST=folder of another build to measure instead of ../dist (e.g. a build of an
// older commit, to compare); BENCH_DURATION=seconds per target (default 5); BENCH_SMOKE=1: 1 s.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SMOKE = process.env.BENCH_SMOKE === '1';
const DURATION = Number(process.env.BENCH_DURATION ?? (SMOKE ? 1 : 5));
const CONNECTIONS = 10;
const self = fileURLToPath(import.meta.url);
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : fileURLToPath(new URL('../dist', import.meta.url));
const PATHS = ['/v1/events.ics', '/v1/events?limit=20', '/v1/organizations.csv', '/v1/organizations.vcf', '/v1/programmes'];

if (process.argv[2] === '--serve') {
  const { startServer } = await import(pathToFileURL(join(dist, 'index.js')).href);
  const server = await startServer({ port: 0, host: '127.0.0.1', dbFile: process.argv[3], widgetsDir: null, demoDir: null, now: () => new Date('2026-12-01T00:00:00Z') });
  process.send({ port: server.port });
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
} else {
  const { default: autocannon } = await import('autocannon');
  const dir = mkdtempSync(join(tmpdir(), 'liaison-conditional-'));
  const child = fork(self, ['--serve', join(dir, 'load.db')], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const { port } = await new Promise((ok, fail) => {
    child.once('message', ok);
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`the server exited with ${code} before it was ready`)));
  });
  const base = `http://127.0.0.1:${port}`;

  const rows = [];
  for (const path of PATHS) {
    const etag = (await fetch(base + path)).headers.get('etag');
    const fresh = await autocannon({ url: base + path, connections: CONNECTIONS, duration: DURATION });
    const revalidated = await autocannon({ url: base + path, connections: CONNECTIONS, duration: DURATION, headers: { 'if-none-match': etag } });
    rows.push([path, fresh, revalidated]);
  }
  await new Promise((done) => (child.once('exit', done), child.disconnect()));
  rmSync(dir, { recursive: true, force: true });

  const rps = (r) => Math.round(r.requests.average).toLocaleString('en');
  console.log(`autocannon, ${CONNECTIONS} connections, ${DURATION} s each, loopback, Node ${process.versions.node}, ${dist}${SMOKE ? ' — SMOKE MODE' : ''}\n`);
  console.log('| route | 200 req/s | p99 | If-None-Match req/s | p99 | statuses |');
  console.log('|---|---|---|---|---|---|');
  for (const [path, fresh, again] of rows) {
    const statuses = `${fresh['2xx']}×2xx, ${again['3xx']}×3xx, ${fresh.non2xx + again.non2xx - again['3xx'] + fresh.errors + again.errors} other`;
    console.log(`| ${path} | ${rps(fresh)} | ${fresh.latency.p99} ms | ${rps(again)} | ${again.latency.p99} ms | ${statuses} |`);
  }
}
