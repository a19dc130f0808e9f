import { generateSyntheticDirectory } from '@ngo-liaison/core/synthetic';
import { openPage, VIEWPORT } from './browser.mjs';
import { PAGE_SIZE, buildFloorBundle, directoryHtml, peerHtml } from './directory-pages.mjs';
import { harnessQueries, keyboardSession } from './keystrokes.mjs';
import { latencyRows, metricRows, ms, percentile, phaseRow, report } from './report.mjs';

/*
 * <ngo-directory> keystroke → rendered, from the CDN bundle, with two plain-DOM peers typed
 * into in the same run. The three pages are open side by side and take turns round by round,
 * so a change in the machine's load (another build) lands on all three alike.
 */

const PAGES = [
  { kind: 'directory', path: '/directory.html', input: '[part="search-input"]', label: '<ngo-directory> (dist/cdn/ngo-directory.js)' },
  { kind: 'floor', path: '/floor.html', input: '#q', label: `plain DOM floor (same OrganizationIndex search, ${PAGE_SIZE} <li>)` },
  { kind: 'minisearch', path: '/minisearch.html', input: '#q', label: `MiniSearch 7 + plain DOM (names/acronyms/cities, ${PAGE_SIZE} <li>)` },
];

/** Publishes the directory's pages and data on the server; returns what the report needs. */
export async function prepareDirectory(server, size) {
  const startedAt = performance.now();
  const organizations = generateSyntheticDirectory({ size, seed: 1 });
  server.add('/data/organizations.json', JSON.stringify(organizations));
  server.add('/floor/floor.js', await buildFloorBundle());
  server.add('/directory.html', directoryHtml());
  for (const kind of ['floor', 'minisearch']) server.add(`/${kind}.html`, peerHtml(kind));
  return { count: organizations.length, preparedMs: performance.now() - startedAt };
}

/** `minisearch: false` leaves the second peer out (the smoke run, to stay short). */
export async function benchDirectory({ browser, server, size, rounds, problems, profile, minisearch = true }) {
  const { count } = await prepareDirectory(server, size);
  const { queries, from } = harnessQueries();
  const sessions = [];
  try {
    for (const spec of PAGES.filter(({ kind }) => minisearch || kind !== 'minisearch')) {
      const session = await openPage(browser, server.origin, problems);
      sessions.push(session);
      await session.page.goto(server.origin + spec.path);
      await session.page.waitForFunction(() => window.__firstList !== undefined, undefined, { timeout: 120_000, polling: 100 });
      session.firstList = await session.page.evaluate(() => window.__firstList);
      session.isolated = await session.page.evaluate(() => window.crossOriginIsolated);
      session.keys = await keyboardSession(session, spec.input, queries);
      session.spec = spec;
    }
    // Round 0 warms up the JIT, style sharing and lazy chunks, and is not counted (unless it is the only one).
    for (let round = 0; round < rounds; round++) {
      for (const session of sessions) await session.keys.round({ measured: rounds === 1 || round > 0 });
    }
    for (const session of sessions) session.results = await session.keys.results();
    const profileSummary = profile ? await profile(sessions[0]) : undefined;
    print({ sessions, count, rounds, queries, from });
    if (profileSummary) report(...profileSummary);
  } finally {
    for (const session of sessions) await session.close().catch(() => {});
  }
}

/** CDP averages per measured keystroke, in one line. */
function cdpLine({ metrics, durations }) {
  const per = (name) => ms(((metrics[name] ?? 0) * 1000) / durations.length);
  return `script ${per('ScriptDuration')}, style ${per('RecalcStyleDuration')}, layout ${per('LayoutDuration')}`;
}

function print({ sessions, count, rounds, queries, from }) {
  const [ours, floor, mini] = sessions;
  const { durations, phases, texts, typed, metrics } = ours.results;
  const chars = queries.reduce((n, q) => n + [...q].length, 0);
  report(
    `<ngo-directory> CDN bundle, ${count.toLocaleString('en')} organisations (items), ${PAGE_SIZE} cards per page, viewport ${VIEWPORT.width}×${VIEWPORT.height} (a laptop), ${durations.length} measured keystrokes (${typed} typed, ${rounds} round${rounds === 1 ? ', no warm-up: JIT and first layouts included' : 's, the first one warm-up'})`,
    [
      ...latencyRows('keystroke → rendered', durations),
      ['items set → first list laid out', ms(ours.firstList)],
      ...metricRows(metrics, durations.length, 'keystroke'),
      ['queries', `${queries.length} (${chars} characters, typed then deleted; from ${from})`],
      ['timer resolution', ours.isolated ? '5 µs (cross-origin isolated page)' : '100 µs (page not cross-origin isolated)'],
    ],
  );

  const both = (index) => `${phaseRow(phases, index)}   | floor ${phaseRow(floor.results.phases, index)}`;
  report('where the time goes, p50 / p95 (<ngo-directory> | plain DOM floor)', [
    ['input event queued → dispatched', both(0)],
    ['input listeners: search + render (Lit: directory, cards)', both(1)],
    ['the rest: pending updates, style, layout', both(2)],
  ]);

  const slowest = durations
    .map((duration, i) => ({ duration, phase: phases[i], text: texts[i] }))
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 5);
  // Emptying the box lists everything (sorted by name, facets over the whole directory).
  const split = ({ durations: all, texts: after }, empty) => {
    const picked = all.filter((_, i) => (after[i] === '') === empty);
    return `${ms(percentile(picked, 50))} / ${ms(percentile(picked, 95))} (${picked.length})`;
  };
  report('<ngo-directory> slowest keystrokes (text in the box after the key: total = queued + listeners + rest)', [
    ...slowest.map(({ duration, phase, text }) => [JSON.stringify(text), `${ms(duration)} = ${phase.map((v) => v.toFixed(2)).join(' + ')}`]),
    ['keys that emptied the box: p50 / p95 (n)', `${split(ours.results, true)}   | floor ${split(floor.results, true)}`],
    ['all other keys: p50 / p95 (n)', `${split(ours.results, false)}   | floor ${split(floor.results, false)}`],
  ]);

  const p = (session, q) => percentile(session.results.durations, q);
  const line = (session) => `${ms(p(session, 50))} / ${ms(p(session, 95))} / ${ms(Math.max(...session.results.durations))}   (CDP ${cdpLine(session.results)})`;
  const ratio = (other) => `${(p(ours, 50) / p(other, 50)).toFixed(2)}×, ${(p(ours, 95) / p(other, 95)).toFixed(2)}×`;
  report('peers: keystroke → rendered, same keys, same run (p50 / p95 / max; CDP CPU averages per keystroke)', [
    [ours.spec.label, line(ours)],
    [floor.spec.label, line(floor)],
    ...(mini ? [[mini.spec.label, line(mini)]] : []),
    ['ratio ours / floor (p50, p95)', ratio(floor)],
    ...(mini ? [['ratio ours / MiniSearch + DOM (p50, p95)', ratio(mini)]] : []),
    ['first list, floor (index build + render)', ms(floor.firstList)],
    ...(mini ? [['first list, MiniSearch (index build + render)', ms(mini.firstList)]] : []),
  ]);
}
