import { existsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { emptyProblems, launchBrowser } from './browser.mjs';
import { benchCalendar } from './calendar.mjs';
import { benchDirectory } from './directory.mjs';
import { profileKeystrokes } from './profile.mjs';
import { startServer } from './server.mjs';

/*
 * `npm run bench:cdn`: the production bundles (dist/cdn/ngo-directory.js and
 * dist/cdn/ngo-forum-calendar.js) in a plain page, served from 127.0.0.1 and driven by
 * Playwright in Debian's Chromium: what embedders get, without vitest's orchestrator page
 * sharing the renderer's main thread. A benchmark, not a timed test: it prints figures and
 * exits 0 whether or not a budget is met; non-zero only when it could not measure.
 *
 * Environment: BENCH_SMOKE=1 (1,000 organisations, 1 round, no MiniSearch peer: a CI-sized
 * run of ~20 s), BENCH_SIZE, BENCH_ROUNDS (default 3; the first directory round is warm-up;
 * the calendar runs 40 × BENCH_ROUNDS rounds after 10 warm-up ones), BENCH_ONLY=directory or
 * calendar, BENCH_PROFILE=1 (extra runs under the CPU profiler, summarised by source file),
 * CHROMIUM_PATH (default /usr/bin/chromium).
 */

const ELEMENTS = fileURLToPath(new URL('../../', import.meta.url));
const smoke = process.env.BENCH_SMOKE === '1' || process.env.BENCH_SMOKE === 'true';
const SIZE = positive('BENCH_SIZE', smoke ? 1_000 : 10_000);
const ROUNDS = positive('BENCH_ROUNDS', smoke ? 1 : 3);
const ONLY = process.env.BENCH_ONLY ?? '';
if (!['', 'directory', 'calendar'].includes(ONLY)) throw new Error(`BENCH_ONLY must be "directory" or "calendar", not "${ONLY}"`);
const PROFILE = process.env.BENCH_PROFILE === '1';

function positive(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return value;
}

/** The built files this bench needs, with the command that makes them. */
function checkBuilt() {
  const needed = [
    ['dist/cdn/ngo-directory.js', 'cd packages/elements && npm run build'],
    ['dist/cdn/ngo-forum-calendar.js', 'cd packages/elements && npm run build'],
    ['../core/dist/synthetic/index.js', 'npx turbo run build --filter=@ngo-liaison/elements... (from the repository root)'],
    ['../core/dist/search/index.js', 'npx turbo run build --filter=@ngo-liaison/elements... (from the repository root)'],
  ];
  const missing = needed.filter(([file]) => !existsSync(ELEMENTS + file));
  if (missing.length) {
    throw new Error(`missing build output:\n${missing.map(([file, how]) => `  ${file} (build: ${how})`).join('\n')}`);
  }
  const built = (file) => statSync(ELEMENTS + file).mtime.toISOString().replace(/\.\d+Z$/, 'Z');
  return `ngo-directory.js built ${built('dist/cdn/ngo-directory.js')}, ngo-forum-calendar.js built ${built('dist/cdn/ngo-forum-calendar.js')}`;
}

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

let cleanup = async () => {};
/** Set on SIGINT/SIGTERM: the errors of a run cut short are not news. */
let stopping = false;

async function main() {
  const builds = checkBuilt();
  const server = await startServer({ cdnDir: `${ELEMENTS}dist/cdn` });
  let browser;
  cleanup = async () => {
    cleanup = async () => {};
    await browser?.close().catch(() => {});
    await server.close();
  };
  try {
    browser = await launchBrowser();
    const problems = emptyProblems();
    console.log(
      `CDN bundle benchmark: Chromium ${browser.version()} headless, ${availableParallelism()} cores, served from ${server.origin}\n` +
        `  ${builds}\n  organisations ${SIZE.toLocaleString('en')}, rounds ${ROUNDS}${smoke ? ' (smoke run)' : ''}; load average (1/5/15 min) at start: ${load()}`,
    );
    const started = performance.now();
    if (ONLY !== 'calendar') {
      const profile = PROFILE ? profileKeystrokes : undefined;
      await benchDirectory({ browser, server, size: SIZE, rounds: ROUNDS, problems, profile, minisearch: !smoke });
    }
    if (ONLY !== 'directory') await benchCalendar({ browser, server, rounds: ROUNDS, problems, profile: PROFILE });
    console.log(`\nload average (1/5/15 min) at end: ${load()}; ${((performance.now() - started) / 1000).toFixed(1)} s measuring`);
    if (problems.blocked.length) console.log(`blocked off-origin requests: ${problems.blocked.length} (${[...new Set(problems.blocked)].slice(0, 3).join(', ')})`);
    if (problems.consoleErrors.length) console.log(`console errors:\n  ${problems.consoleErrors.slice(0, 10).join('\n  ')}`);
    // A widget that throws is not measured honestly: fail the run.
    if (problems.pageErrors.length) throw new Error(`uncaught errors in the pages:\n  ${problems.pageErrors.slice(0, 10).join('\n  ')}`);
  } finally {
    await cleanup();
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopping = true;
    console.error(`\n${signal}: closing the browser and the server`);
    void cleanup().finally(() => process.exit(130));
  });
}

main().catch(async (error) => {
  if (stopping) return;
  console.error(`\nbench:cdn failed: ${error?.stack ?? error}`);
  await cleanup();
  process.exitCode = 1;
});
