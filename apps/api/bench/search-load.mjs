// API search under load: GET /v1/organizations?q=… on the real server (SQLite, 10k
// synthetic organisations) next to a bare Hono hello-world, both on loopback, each in its
// own process, measured with autocannon in this process, one after the other.
// Needs built dists: `cd packages/core && npx tsup && cd ../../apps/api && npx tsup`.
// BENCH_DURATION=seconds per target (default 10, max 10); BENCH_SMOKE=1: 1k organisations, 2 s.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SMOKE = process.env.BENCH_SMOKE === '1';
const DURATION = Math.min(10, Number(process.env.BENCH_DURATION ?? (SMOKE ? 2 : 10)));
const SIZE = Number(process.env.BENCH_SIZE ?? (SMOKE ? 1_000 : 10_000));
const CONNECTIONS = 10;
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--serve') {
  // Child process: start one server on a free loopback port and report it.
  const kind = process.argv[3];
  if (kind === 'hello') {
    const { Hono } = await import('hono');
    const { serve } = await import('@hono/node-server');
    const app = new Hono();
    app.get('/', (c) => c.text('Hello Hono!'));
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send({ port: info.port }));
    process.on('disconnect', () => server.close(() => process.exit(0)));
  } else {
    const { startServer } = await import('../dist/index.js');
    const { generateSyntheticDirectory } = await import('@ngo-liaison/core/synthetic');
    const started = performance.now();
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dbFile: process.argv[4],
      seed: generateSyntheticDirectory({ size: Number(process.argv[5]), seed: 42 }),
      widgetsDir: null,
      demoDir: null,
    });
    // Warm the index (first request builds it) before the clock starts.
    await fetch(`${server.url}/v1/organizations?q=warm`);
    process.send({ port: server.port, readyMs: Math.round(performance.now() - started) });
    process.on('disconnect', () => void server.close().then(() => process.exit(0)));
  }
} else {
  const { default: autocannon } = await import('autocannon');
  const dir = mkdtempSync(join(tmpdir(), 'liaison-load-'));
  const start = (kind) =>
    new Promise((resolve, reject) => {
      const child = fork(self, ['--serve', kind, join(dir, 'load.db'), String(SIZE)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      child.once('message', (message) => resolve({ child, ...message }));
      child.once('error', reject);
      child.once('exit', (code) => code && reject(new Error(`${kind} server exited with ${code}`)));
    });
  const stop = (child) => new Promise((resolve) => (child.once('exit', resolve), child.disconnect()));

  // What visitors type, keystroke by keystroke, plus facet filters and a second page.
  const phrases = ['musees', 'international council', 'ocean science', 'heron', 'мир', '博物馆', 'مؤسسة', 'litreacy'];
  const paths = phrases.flatMap((p) => [...p].map((_, i) => `/v1/organizations?q=${encodeURIComponent(p.slice(0, i + 1))}`));
  paths.push('/v1/organizations?status=associate&sector=CLT', '/v1/organizations?q=museums&region=africa&sdg=4', '/v1/organizations?sort=partner-since&lang=fr');

  const run = (url, requests) =>
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...(requests ? { requests } : {}) });

  const liaison = await start('liaison');
  console.log(`\nLiaison API with ${SIZE.toLocaleString('en')} synthetic organisations in SQLite: seeded, indexed and ready in ${liaison.readyMs} ms`);
  const api = await run(`http://127.0.0.1:${liaison.port}`, paths.map((path) => ({ method: 'GET', path })));
  await stop(liaison.child);
  const hello = await start('hello');
  const bare = await run(`http://127.0.0.1:${hello.port}/`);
  await stop(hello.child);
  rmSync(dir, { recursive: true, force: true });

  const row = (name, r) => [name, Math.round(r.requests.average).toLocaleString('en'), `${r.latency.p50} ms`, `${r.latency.p99} ms`, String(r.non2xx + r.errors)];
  const rows = [row(`GET /v1/organizations?q=… (${paths.length} URLs in turn)`, api), row('bare Hono hello-world', bare)];
  const header = ['target', 'req/s', 'p50', 'p99', 'errors/non-2xx'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`autocannon, ${CONNECTIONS} connections, ${DURATION} s each, loopback, Node ${process.versions.node}${SMOKE ? ' — SMOKE MODE' : ''}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(`\nSearch serves ${(api.requests.average / bare.requests.average * 100).toFixed(1)} % of hello-world's throughput; p99 ${api.latency.p99} ms vs ${bare.latency.p99} ms (${(api.latency.p99 / Math.max(bare.latency.p99, 1)).toFixed(1)}×).`);
}
