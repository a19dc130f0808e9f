// API search under load: GET /v1/organizations on the real server (SQLite, 10k synthetic
// organisations) next to a bare Hono hello-world, each in its own process on loopback,
// measured with autocannon from this process, one after the other: hello-world, the API with
// its response cache off, then on, hello-world again (the ratio uses the mean of both).
// Requests follow the published query mix (bench/query-mix.mjs): the URLs in the order people
// type them, taken one after another by the 10 connections, not a short loop of fixed URLs.
// Then a profiled run (response cache off) says where the server's time goes.
// Needs built dists: `npm run build` (or `npx tsup` in packages/core and apps/api).
// BENCH_DURATION=seconds per target (default 10); BENCH_SIZE; BENCH_SMOKE=1: 1k organisations, 2 s;
// BENCH_PROFILE_FILE=path.cpuprofile keeps the profile (open it in Chrome DevTools).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryMix } from './query-mix.mjs';
import { timeByCategory } from './time-by-category.mjs';
import { serveHelloWorld } from './hello-world.mjs';

const SMOKE = process.env.BENCH_SMOKE === '1';
const DURATION = Number(process.env.BENCH_DURATION ?? (SMOKE ? 2 : 10));
const SIZE = Number(process.env.BENCH_SIZE ?? (SMOKE ? 1_000 : 10_000));
const CONNECTIONS = 10;
const SEED = 42;
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--serve') {
  // Child process: start one server on a free loopback port and report it.
  const [kind, dbFile, size, cache] = process.argv.slice(3);
  if (kind === 'hello') {
    await serveHelloWorld();
  } else {
    const { startServer } = await import('../dist/index.js');
    const { generateSyntheticDirectory } = await import('@ngo-liaison/core/synthetic');
    const started = performance.now();
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dbFile,
      seed: generateSyntheticDirectory({ size: Number(size), seed: SEED }),
      widgetsDir: null,
      demoDir: null,
      responseCache: cache === 'on',
    });
    // Build the index (the first request waits for it) before the clock starts.
    await fetch(`${server.url}/v1/organizations?q=warm`);
    process.send({ port: server.port, readyMs: Math.round(performance.now() - started) });
    process.on('disconnect', () => void server.close().then(() => process.exit(0)));
    // The parent asks for a CPU profile of a load run (not of the start-up).
    const { Session } = await import('node:inspector/promises');
    const session = new Session();
    process.on('message', async (message) => {
      if (message === 'profile-start') {
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
        process.send('profiling');
      } else if (message === 'profile-stop') {
        const { profile } = await session.post('Profiler.stop');
        process.send({ profile });
      }
    });
  }
} else {
  const { default: autocannon } = await import('autocannon');
  const { generateSyntheticDirectory } = await import('@ngo-liaison/core/synthetic');
  const dir = mkdtempSync(join(tmpdir(), 'liaison-load-'));
  const start = (kind, cache = 'off') =>
    new Promise((resolve, reject) => {
      const child = fork(self, ['--serve', kind, join(dir, 'load.db'), String(SIZE), cache], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      child.once('message', (message) => resolve({ child, ...message }));
      child.once('error', reject);
      child.once('exit', (code) => code && reject(new Error(`${kind} server exited with ${code}`)));
    });
  const stop = (child) => new Promise((resolve) => (child.once('exit', resolve), child.disconnect()));
  const load = [loadavg()];

  const { paths, pages, sessions } = queryMix(generateSyntheticDirectory({ size: SIZE, seed: SEED }));
  /** Autocannon on `port`, every request taking the next URL of `urls` (shared by all connections). */
  const run = (port, urls, duration = DURATION) => {
    let next = 0;
    return autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: urls[next++ % urls.length] }) }],
    });
  };
  const measure = async (port, urls) => {
    await run(port, urls, 1); // warm-up: JIT and connections, not counted
    return run(port, urls);
  };

  const hello = await start('hello');
  const bare1 = await measure(hello.port, ['/']);
  await stop(hello.child);

  const off = await start('liaison', 'off');
  // Second pages: their cursors come from the first pages, as a visitor's "next" does.
  const mix = [...paths];
  for (const [i, first] of pages.entries()) {
    const { nextCursor } = await (await fetch(`http://127.0.0.1:${off.port}${first}`)).json();
    if (nextCursor) mix.splice(Math.floor(((i + 1) * mix.length) / (pages.length + 1)), 0, `${first}&cursor=${encodeURIComponent(nextCursor)}`);
  }
  console.log(`\nLiaison API with ${SIZE.toLocaleString('en')} synthetic organisations in SQLite: seeded, indexed and ready in ${off.readyMs} ms`);
  const uncached = await measure(off.port, mix);
  await stop(off.child);
  const on = await start('liaison', 'on');
  const cached = await measure(on.port, mix);
  await stop(on.child);

  const hello2 = await start('hello');
  const bare2 = await measure(hello2.port, ['/']);
  await stop(hello2.child);
  load.push(loadavg());

  // Where the time goes: one more run (cache off) under the V8 profiler.
  const profiled = await start('liaison', 'off');
  const reply = () => new Promise((resolve) => profiled.child.once('message', resolve));
  profiled.child.send('profile-start');
  await reply();
  await run(profiled.port, mix, SMOKE ? 1 : 4);
  profiled.child.send('profile-stop');
  const { profile } = await reply();
  if (process.env.BENCH_PROFILE_FILE) writeFileSync(process.env.BENCH_PROFILE_FILE, JSON.stringify(profile));
  await stop(profiled.child);
  rmSync(dir, { recursive: true, force: true });

  const bareRate = (bare1.requests.average + bare2.requests.average) / 2;
  const row = (name, r) => [
    name,
    Math.round(r.requests.average).toLocaleString('en'),
    `${r.latency.p50} ms`,
    `${r.latency.p99} ms`,
    String(r.non2xx + r.errors),
    r === bare1 || r === bare2 ? '' : `${((r.requests.average / bareRate) * 100).toFixed(1)} %`,
  ];
  const table = (header, rows) => {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
    console.log(line(header));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const r of rows) console.log(line(r));
  };
  const distinct = new Set(mix).size;
  console.log(
    `Query mix: ${sessions} typing sessions, ${mix.length.toLocaleString('en')} requests (${distinct.toLocaleString('en')} distinct URLs; ${pages.length} second pages), taken in turn by all connections`,
  );
  console.log(`autocannon, ${CONNECTIONS} connections, ${DURATION} s each after 1 s of warm-up, loopback, Node ${process.versions.node}${SMOKE ? ' — SMOKE MODE' : ''}\n`);
  table(
    ['target', 'req/s', 'p50', 'p99', 'errors/non-2xx', 'of hello-world'],
    [
      row('bare Hono hello-world (before)', bare1),
      row('search, response cache off', uncached),
      row('search, response cache on', cached),
      row('bare Hono hello-world (after)', bare2),
    ],
  );
  const f = (values) => values.map((v) => v.toFixed(2)).join(' ');
  console.log(`\nLoad average (1, 5, 15 min): ${f(load[0])} before, ${f(load[1])} after (2 cores shared with other work: ratios, not absolute figures)`);
  console.log(`\nWhere the server's CPU time goes (V8 profile of a run with the cache off, self time, idle excluded):\n`);
  table(['part', 'share'], timeByCategory(profile).map(([name, share]) => [name, `${(share * 100).toFixed(1)} %`]));
}
