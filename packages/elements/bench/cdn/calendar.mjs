import { openPage, VIEWPORT } from './browser.mjs';
import { calendarDataSets } from './events.mjs';
import { profileWhile } from './profile.mjs';
import { latencyRows, metricRows, phaseRow, report } from './report.mjs';

/*
 * <ngo-forum-calendar> from dist/cdn/ngo-forum-calendar.js: data arrives → month (or agenda) rendered,
 * with the method of bench/calendar.bench.ts. The clock starts when the data is handed over
 * (the client's page resolves, or `events` is set) and stops when the calendar has
 * re-rendered and a geometry read on [part="base"] has forced style and layout (painting is
 * not included). Rounds alternate between two sets of 500 events that differ in every event,
 * so every round re-renders every day. The JSON is parsed before the clock starts. The agenda
 * (the default view on narrow containers) runs the same cases at the same width, plus a
 * first render into an empty agenda (every element created, none updated). BENCH_VIEW=month
 * or agenda runs one view's cases only.
 */

export const EVENTS = 500;
const WARM_UP_ROUNDS = 10;

/** The page: the CDN bundle, the data, and `window.__cal` to mount, run rounds and unmount. */
function calendarHtml() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ngo-forum-calendar (CDN bundle)</title>
<style>body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; } #host { inline-size: 1100px; }</style>
<script type="module" src="/cdn/ngo-forum-calendar.js"></script>
</head>
<body>
<div id="host"></div>
<script type="module">
const [a, b] = await Promise.all(['/data/events-a.json', '/data/events-b.json'].map((url) => fetch(url).then((r) => r.json())));
await customElements.whenDefined('ngo-forum-calendar');
const host = document.getElementById('host');
let el;
let mode;
let source;
let turn = 0;

/** A client whose page arrives when the benchmark says so (calendar.bench.ts's controlledClient). */
function controlledClient() {
  let resolve;
  return {
    client: { events: { list: () => new Promise((r) => { resolve = r; }) } },
    arrive(items) {
      const done = resolve;
      resolve = undefined;
      done({ items, nextCursor: null });
    },
    requested: () => resolve !== undefined,
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const settle = () => el.shadowRoot.querySelector('[part="base"]').getBoundingClientRect();

/** [start → rendered, start → updateComplete (script), geometry read (style + layout)]. */
function measure(start, updated) {
  const end = performance.now();
  return [performance.measure('ngo-forum-calendar:' + mode, { start, end }).duration, updated - start, end - updated];
}

async function arrival(items) {
  // Outside the clock: ask for the month again and wait until the request is out.
  if (!source.requested()) el.refresh();
  while (!source.requested()) await new Promise((resolve) => setTimeout(resolve, 0));
  await frame();
  const start = performance.now();
  source.arrive(items);
  // The answer travels through a few promise callbacks before the calendar takes it.
  const taken = () => el.loadedEvents[0] === items[0];
  for (let hop = 0; hop < 50 && !taken(); hop++) await Promise.resolve();
  if (!taken()) throw new Error('the calendar did not take the page within 50 microtasks');
  await el.updateComplete;
  const updated = performance.now();
  settle();
  return measure(start, updated);
}

async function staticSet(items) {
  await frame();
  const start = performance.now();
  el.events = items;
  await el.updateComplete;
  const updated = performance.now();
  settle();
  return measure(start, updated);
}

/** First render: the calendar is emptied outside the clock, so every day and event is created. */
async function firstRender(items) {
  el.events = [];
  await el.updateComplete;
  settle();
  return staticSet(items);
}

window.__cal = {
  async mount(lang, how, view = 'month') {
    mode = how;
    host.innerHTML = '<ngo-forum-calendar month="2026-11" view="' + view + '" time-zone="Asia/Kolkata" lang="' + lang + '"></ngo-forum-calendar>';
    el = host.firstElementChild;
    el.now = new Date('2026-11-17T12:00:00Z');
    if (how === 'client') {
      source = controlledClient();
      el.client = source.client;
    } else {
      // 'static' and 'first'
      el.events = [];
    }
    await el.updateComplete;
  },
  async run(rounds) {
    const durations = [];
    for (let i = 0; i < rounds; i++) {
      const items = turn++ % 2 ? a : b;
      durations.push(await (mode === 'client' ? arrival(items) : mode === 'first' ? firstRender(items) : staticSet(items)));
    }
    if (el.loadedEvents.length !== a.length) throw new Error('expected ' + a.length + ' events on screen, got ' + el.loadedEvents.length);
    const view = el.getAttribute('view');
    if (view === 'month' && !el.shadowRoot.querySelector('[part~="chip"]')) throw new Error('the month shows no event chips');
    if (view === 'agenda') {
      // Every event listed (hidden-until-scrolled days included), not just the days near the top.
      const listed = el.shadowRoot.querySelectorAll('[part~="agenda-item"]').length;
      if (listed < a.length) throw new Error('expected at least ' + a.length + ' agenda items, got ' + listed);
    }
    return durations;
  },
  unmount() {
    host.replaceChildren();
  },
};
window.__ready = true;
</script>
</body>
</html>
`;
}

const CASES = [
  { mode: 'client', lang: 'en', view: 'month', title: `${EVENTS} events arrive from the client (events.list), en` },
  { mode: 'client', lang: 'fr', view: 'month', title: `${EVENTS} events arrive from the client (events.list), fr` },
  { mode: 'static', lang: 'en', view: 'month', title: `${EVENTS} static events set (filtered in the browser), en` },
  { mode: 'static', lang: 'fr', view: 'month', title: `${EVENTS} static events set (filtered in the browser), fr` },
  // The agenda (the default on narrow containers): same events, same method, same width.
  { mode: 'client', lang: 'en', view: 'agenda', title: `${EVENTS} events arrive from the client (events.list), en` },
  { mode: 'static', lang: 'en', view: 'agenda', title: `${EVENTS} static events set (filtered in the browser), en` },
  { mode: 'first', lang: 'en', view: 'agenda', title: `first render: ${EVENTS} static events into an empty agenda, en` },
];

/** BENCH_VIEW=month or agenda: only that view's cases (and profile). */
const ONLY_VIEW = process.env.BENCH_VIEW ?? '';
if (!['', 'month', 'agenda'].includes(ONLY_VIEW)) throw new Error(`BENCH_VIEW must be "month" or "agenda", not "${ONLY_VIEW}"`);

export async function benchCalendar({ browser, server, rounds, problems, profile = false, only = ONLY_VIEW }) {
  const [a, b] = calendarDataSets(EVENTS);
  server.add('/data/events-a.json', JSON.stringify(a));
  server.add('/data/events-b.json', JSON.stringify(b));
  server.add('/calendar.html', calendarHtml());
  const measuredRounds = rounds * 40;
  const session = await openPage(browser, server.origin, problems);
  try {
    const { page } = session;
    await page.goto(`${server.origin}/calendar.html`);
    await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 60_000, polling: 50 });
    for (const { mode, lang, view, title } of CASES) {
      if (only && view !== only) continue;
      await page.evaluate(([l, m, v]) => window.__cal.mount(l, m, v), [lang, mode, view]);
      // Warm-up (JIT, Intl formatters, the locale chunk, style sharing), not counted.
      await page.evaluate((n) => window.__cal.run(n), WARM_UP_ROUNDS);
      const before = await session.metrics();
      const samples = await page.evaluate((n) => window.__cal.run(n), measuredRounds);
      const durations = samples.map(([total]) => total);
      const after = await session.metrics();
      await page.evaluate(() => window.__cal.unmount());
      const deltas = Object.fromEntries(Object.keys(after).map((name) => [name, after[name] - (before[name] ?? 0)]));
      report(
        `<ngo-forum-calendar> CDN bundle, ${view} view 2026-11, ${title}, viewer zone Asia/Kolkata, 1100 px wide in a ${VIEWPORT.width}×${VIEWPORT.height} viewport`,
        [
          ['rounds', `${durations.length} (after ${WARM_UP_ROUNDS} warm-up)`],
          ...latencyRows('data arrives → rendered', durations),
          ['→ updateComplete (script) p50 / p95', phaseRow(samples, 1)],
          ['→ style + layout (geometry read) p50 / p95', phaseRow(samples, 2)],
          ...metricRows(deltas, durations.length, 'round'),
        ],
      );
    }
    const profiled = [
      ['month', 'client', 'events arriving from the client'],
      ['agenda', 'client', 'events arriving from the client'],
      ['agenda', 'first', 'static events into an empty agenda (first render; emptying included)'],
    ];
    for (const [view, how, which] of profile ? profiled : []) {
      if (only && view !== only) continue;
      const n = 40;
      await page.evaluate(([v, m]) => window.__cal.mount('en', m, v), [view, how]);
      await page.evaluate((count) => window.__cal.run(count), WARM_UP_ROUNDS);
      const what = `${view} view, ${n} extra rounds of ${EVENTS} ${which} (en), per round`;
      report(...(await profileWhile(session, () => page.evaluate((count) => window.__cal.run(count), n), n, what)));
      await page.evaluate(() => window.__cal.unmount());
    }
  } finally {
    await session.close().catch(() => {});
  }
}
