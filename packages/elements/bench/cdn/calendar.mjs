import { openPage, VIEWPORT } from './browser.mjs';
import { calendarDataSets } from './events.mjs';
import { profileWhile } from './profile.mjs';
import { latencyRows, metricRows, phaseRow, report } from './report.mjs';

/*
 * <ngo-forum-calendar> from dist/cdn/ngo-forum-calendar.js: data arrives → month rendered,
 * with the method of bench/calendar.bench.ts. The clock starts when the data is handed over
 * (the client's page resolves, or `events` is set) and stops when the calendar has
 * re-rendered and a geometry read on [part="base"] has forced style and layout (painting is
 * not included). Rounds alternate between two sets of 500 events that differ in every event,
 * so every round re-renders every day. The JSON is parsed before the clock starts.
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

window.__cal = {
  async mount(lang, how) {
    mode = how;
    host.innerHTML = '<ngo-forum-calendar month="2026-11" view="month" time-zone="Asia/Kolkata" lang="' + lang + '"></ngo-forum-calendar>';
    el = host.firstElementChild;
    el.now = new Date('2026-11-17T12:00:00Z');
    if (how === 'client') {
      source = controlledClient();
      el.client = source.client;
    } else {
      el.events = [];
    }
    await el.updateComplete;
  },
  async run(rounds) {
    const durations = [];
    for (let i = 0; i < rounds; i++) {
      const items = turn++ % 2 ? a : b;
      durations.push(await (mode === 'client' ? arrival(items) : staticSet(items)));
    }
    if (el.loadedEvents.length !== a.length) throw new Error('expected ' + a.length + ' events on screen, got ' + el.loadedEvents.length);
    if (!el.shadowRoot.querySelector('[part~="chip"]')) throw new Error('the month shows no event chips');
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
  { mode: 'client', lang: 'en', title: `${EVENTS} events arrive from the client (events.list), en` },
  { mode: 'client', lang: 'fr', title: `${EVENTS} events arrive from the client (events.list), fr` },
  { mode: 'static', lang: 'en', title: `${EVENTS} static events set (filtered in the browser), en` },
  { mode: 'static', lang: 'fr', title: `${EVENTS} static events set (filtered in the browser), fr` },
];

export async function benchCalendar({ browser, server, rounds, problems, profile = false }) {
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
    for (const { mode, lang, title } of CASES) {
      await page.evaluate(([l, m]) => window.__cal.mount(l, m), [lang, mode]);
      // Warm-up (JIT, Intl formatters, the locale chunk, style sharing), not counted.
      await page.evaluate((n) => window.__cal.run(n), WARM_UP_ROUNDS);
      const before = await session.metrics();
      const samples = await page.evaluate((n) => window.__cal.run(n), measuredRounds);
      const durations = samples.map(([total]) => total);
      const after = await session.metrics();
      await page.evaluate(() => window.__cal.unmount());
      const deltas = Object.fromEntries(Object.keys(after).map((name) => [name, after[name] - (before[name] ?? 0)]));
      report(
        `<ngo-forum-calendar> CDN bundle, month view 2026-11, ${title}, viewer zone Asia/Kolkata, 1100 px wide in a ${VIEWPORT.width}×${VIEWPORT.height} viewport`,
        [
          ['rounds', `${durations.length} (after ${WARM_UP_ROUNDS} warm-up)`],
          ...latencyRows('data arrives → rendered', durations),
          ['→ updateComplete (script) p50 / p95', phaseRow(samples, 1)],
          ['→ style + layout (geometry read) p50 / p95', phaseRow(samples, 2)],
          ...metricRows(deltas, durations.length, 'round'),
        ],
      );
    }
    if (profile) {
      const n = 40;
      await page.evaluate(() => window.__cal.mount('en', 'client'));
      await page.evaluate((count) => window.__cal.run(count), WARM_UP_ROUNDS);
      report(...(await profileWhile(session, () => page.evaluate((count) => window.__cal.run(count), n), n, `${n} extra rounds of ${EVENTS} events arriving from the client (en), per round`)));
      await page.evaluate(() => window.__cal.unmount());
    }
  } finally {
    await session.close().catch(() => {});
  }
}
