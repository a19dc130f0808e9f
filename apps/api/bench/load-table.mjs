// The README's load table: list, search, get, the events feed and matches on the real server
// (SQLite, the sample data plus 10,000 synthetic organisations), each beside a bare Hono
// hello-world started in the same run, all on loopback, each server in its own process and
// measured with autocannon in this process, one target after the other.
// Needs built dists: `cd packages/core && npx tsup && cd ../../apps/api && npx tsup`.
// BENCH_DURATION=seconds per target (default 5); BENCH_SIZE=synthetic organisations
// (default 10,000); BENCH_SMOKE=1: 500 organisations, 1 s per target (a CI check that it runs).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveHelloWorld } from './hello-world.mjs';

const SMOKE = process.env.BENCH_SMOKE === '1';
const DURATION = Number(process.env.BENCH_DURATION ?? (SMOKE ? 1 : 5));
const SIZE = Number(process.env.BENCH_SIZE ?? (SMOKE ? 500 : 10_000));
const CONNECTIONS = 10;
// Fixed, so that the sample events (dated around "now") and the feed are the same every run.
const NOW = '2026-12-01T00:00:00Z';
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--serve') {
  // Child process: start one server on a free loopback port and report it.
  if (process.argv[3] === 'hello') {
    await serveHelloWorld();
  } else {
    const { startServer } = await import('../dist/index.js');
    const { generateSyntheticDirectory } = await import('@ngo-liaison/core/synthetic');
    const sample = await import('@ngo-liaison/core/sample-data');
    const now = () => new Date(NOW);
    // The sample organisations stay, so that the sample events, actions and committee, which
    // name them, are seeded too: the feed and the matches then have real work to do.
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dbFile: process.argv[4],
      seed: [...sample.SAMPLE_ORGANIZATIONS, ...generateSyntheticDirectory({ size: Number(process.argv[5]), seed: 42 })],
      events: sample.sampleEvents(now()),
      programmeData: { programmes: sample.SAMPLE_PROGRAMMES, actions: sample.SAMPLE_ACTIONS, focalPoints: sample.SAMPLE_FOCAL_POINTS },
      committeeData: { mandates: sample.SAMPLE_MANDATES, designations: sample.SAMPLE_EXPERT_DESIGNATIONS },
      widgetsDir: null,
      demoDir: null,
      now,
    });
    process.send({ port: server.port });
    process.on('disconnect', () => void server.close().then(() => process.exit(0)));
  }
} else {
  const { default: autocannon } = await import('autocannon');
  const dir = mkdtempSync(join(tmpdir(), 'liaison-load-table-'));
  const start = (kind) =>
    new Promise((resolve, reject) => {
      const child = fork(self, ['--serve', kind, join(dir, 'load.db'), String(SIZE)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      child.once('message', (message) => resolve({ child, base: `http://127.0.0.1:${message.port}` }));
      child.once('error', reject);
      child.once('exit', (code) => code && reject(new Error(`${kind} server exited with ${code}`)));
    });
  const stop = (child) => new Promise((resolve) => (child.once('exit', resolve), child.disconnect()));
  const getJson = async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  };

  const loadBefore = loadavg();
  const liaison = await start('liaison');
  const api = liaison.base;

  // The requests of each target, built from the served data so that every one is a 200.
  const listPage = await getJson(`${api}/v1/organizations?limit=100`);
  const ids = [];
  for (let cursor = listPage.nextCursor, page = listPage; ids.length < 1_000; cursor = page.nextCursor) {
    ids.push(...page.items.map((o) => o.id));
    if (!cursor) break;
    page = await getJson(`${api}/v1/organizations?limit=100&cursor=${encodeURIComponent(cursor)}`);
  }
  const programmes = (await getJson(`${api}/v1/programmes`)).items.map((p) => p.id);
  // Searches as typed, prefixes and a typo included, in the six UN languages, with facets.
  const phrases = ['museum', 'international council', 'ocean', 'heritage', 'мир', '博物馆', 'مؤسسة', 'educacion', 'litreacy', 'jeunesse'];
  const searches = phrases.flatMap((p) => [...p].map((_, i) => `/v1/organizations?q=${encodeURIComponent(p.slice(0, i + 1))}`));
  searches.push('/v1/organizations?q=museums&region=africa&sdg=4', '/v1/organizations?q=science&sector=SC', '/v1/organizations?q=youth&lang=fr');
  const targets = [
    ['list', ['/v1/organizations', '/v1/organizations?limit=50', '/v1/organizations?sort=partner-since', '/v1/organizations?status=associate&sector=CLT']],
    ['search', searches],
    ['get', ids.map((id) => `/v1/organizations/${encodeURIComponent(id)}`)],
    ['.ics', ['/v1/events.ics']],
    [
      'matches',
      [
        ...programmes.map((id) => `/v1/programmes/${encodeURIComponent(id)}/matches`),
        ...ids.slice(0, 50).map((id) => `/v1/organizations/${encodeURIComponent(id)}/matches`),
      ],
    ],
  ];
  for (const [, paths] of targets) {
    for (const path of [paths[0], paths.at(-1)]) if (!(await fetch(api + path)).ok) throw new Error(`${path} is not a 200; the table would measure errors`);
  }

  const run = (base, paths) => autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests: paths.map((path) => ({ method: 'GET', path })) });
  const results = [];
  for (const [name, paths] of targets) results.push([name, paths, await run(api, paths)]);
  await stop(liaison.child);
  const helloServer = await start('hello');
  const hello = await run(helloServer.base, ['/']);
  await stop(helloServer.child);
  rmSync(dir, { recursive: true, force: true });
  const loadAfter = loadavg();

  const rps = (r) => r.requests.average;
  const row = (name, urls, r) => [
    name,
    urls,
    Math.round(rps(r)).toLocaleString('en'),
    `${r.latency.p50} ms`,
    `${r.latency.p99} ms`,
    String(r.errors + r.timeouts + r.non2xx),
    `${((rps(r) / rps(hello)) * 100).toFixed(1)} %`,
  ];
  const rows = [...results.map(([name, paths, r]) => row(name, `${paths.length}`, r)), row('bare Hono hello-world', '1', hello)];
  const header = ['route', 'URLs', 'req/s', 'p50', 'p99', 'errors', 'of hello-world'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
  console.log(
    `autocannon, ${CONNECTIONS} connections, ${DURATION} s per route, loopback, Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ` +
      `${(SIZE + 0).toLocaleString('en')} synthetic organisations + the sample data in SQLite${SMOKE ? ' — SMOKE MODE' : ''}\n`,
  );
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(`\nLoad average (1, 5, 15 min) before: ${load(loadBefore)}; after: ${load(loadAfter)}.`);
  const failed = results.filter(([, , r]) => r.errors + r.timeouts + r.non2xx > 0).map(([name]) => name);
  if (failed.length) {
    console.error(`Errors or non-2xx answers under load: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}
