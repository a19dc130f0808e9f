import type { ForumEvent } from '@ngo-liaison/core';
import { expect, test } from 'vitest';
import type { NgoForumCalendar } from '../src/components/ngo-forum-calendar/ngo-forum-calendar.element.js';
import '../src/components/ngo-forum-calendar/ngo-forum-calendar.js';
import { manyEvents } from '../test/forum-events.js';

/**
 * <ngo-forum-calendar>: data arrives → month rendered. The clock starts when the client's
 * last page resolves (the calendar asked for the month; the answer comes in) and stops when
 * the calendar has re-rendered and the browser has computed style and layout (forced with a
 * geometry read, so that frame's work is inside the measure; painting is not). Each round
 * alternates between two sets of 500 events so every round re-renders every day. The
 * budget from the issue: 16 ms at the 95th percentile (one frame at 60 Hz). Also printed:
 * the same with static `events` (filtering in the browser included) and the agenda view
 * (the default on narrow containers), which also gets a first render (nothing to update).
 *
 * No peer runs here: FullCalendar is not a dependency of this repository (its documented
 * size is in shared/reference/widget-anchors.md; its render times are not).
 */

const ROUNDS = Number(import.meta.env.BENCH_ROUNDS || 3) * 40;
const EVENTS = 500;
const BUDGET_MS = 16;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;

/** Two data sets of `EVENTS` events in November 2026 that differ in every event. */
function dataSets(): [ForumEvent[], ForumEvent[]] {
  const a = manyEvents(EVENTS);
  const b = manyEvents(EVENTS).map((event, i) => ({ ...event, id: `${event.id}-b`, title: { en: `Other event ${i}`, fr: `Autre ${i}` } }));
  return [a, b];
}

type Source = NonNullable<NgoForumCalendar['client']>;

/** A client whose pages arrive when the benchmark says so. */
function controlledClient(): { client: Source; arrive: (items: ForumEvent[]) => void; requested: () => boolean } {
  let resolve: ((page: { items: ForumEvent[]; nextCursor: null }) => void) | undefined;
  return {
    client: {
      events: {
        list: () =>
          new Promise((r) => {
            resolve = r;
          }),
      },
    },
    arrive(items) {
      const done = resolve!;
      resolve = undefined;
      done({ items, nextCursor: null });
    },
    requested: () => resolve !== undefined,
  };
}

async function mount(view: 'month' | 'agenda', lang: string): Promise<NgoForumCalendar> {
  const host = document.createElement('div');
  host.style.inlineSize = '1100px';
  document.body.append(host);
  host.innerHTML = `<ngo-forum-calendar month="2026-11" view="${view}" time-zone="Asia/Kolkata" lang="${lang}"></ngo-forum-calendar>`;
  const el = host.firstElementChild as NgoForumCalendar;
  el.now = new Date('2026-11-17T12:00:00Z');
  return el;
}

const settle = (el: NgoForumCalendar) => el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();

/** The API path: the last page arrives → month rendered. */
async function measureArrival(view: 'month' | 'agenda', lang: string): Promise<number[]> {
  const el = await mount(view, lang);
  const source = controlledClient();
  el.client = source.client;
  const [a, b] = dataSets();
  const durations: number[] = [];
  for (let round = -10; round < ROUNDS; round++) {
    // Outside the clock: ask for the month again and wait until the request is out.
    if (!source.requested()) el.refresh();
    while (!source.requested()) await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const items = round % 2 ? a : b;
    const start = performance.now();
    source.arrive(items);
    // The answer travels through a few promise callbacks before the calendar takes it.
    const taken = () => el.loadedEvents[0] === items[0];
    for (let hop = 0; hop < 50 && !taken(); hop++) await Promise.resolve();
    expect(taken()).toBe(true);
    await el.updateComplete;
    settle(el);
    const duration = performance.now() - start;
    if (round >= 0) durations.push(duration);
  }
  expect(el.loadedEvents.length).toBe(EVENTS);
  el.parentElement!.remove();
  return durations;
}

/**
 * Static data: `events` set → filtered to the month, laid out, rendered. With `fromEmpty`, the
 * first render: 500 events into a view that had none (a page's first data, or the first month
 * with events), so every day and event is created, not updated; emptied outside the clock.
 */
async function measureStatic(view: 'month' | 'agenda', lang: string, { fromEmpty = false } = {}): Promise<number[]> {
  const el = await mount(view, lang);
  el.events = [];
  await el.updateComplete;
  const [a, b] = dataSets();
  const durations: number[] = [];
  // Warm-up rounds (JIT, Intl formatters, style sharing) are not counted.
  for (let round = -10; round < ROUNDS; round++) {
    if (fromEmpty) {
      el.events = [];
      await el.updateComplete;
      settle(el);
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const start = performance.now();
    el.events = round % 2 ? a : b;
    await el.updateComplete;
    settle(el);
    const duration = performance.now() - start;
    if (round >= 0) durations.push(duration);
  }
  expect(el.loadedEvents.length).toBe(EVENTS);
  el.parentElement!.remove();
  return durations;
}

function report(title: string, durations: number[]) {
  const rows: [string, string][] = [
    ['rounds', String(durations.length)],
    ['p50', ms(percentile(durations, 50))],
    ['p95', ms(percentile(durations, 95))],
    ['max', ms(Math.max(...durations))],
    [`budget p95 ≤ ${BUDGET_MS} ms`, percentile(durations, 95) <= BUDGET_MS ? 'met' : 'NOT met'],
  ];
  console.log(`\n${title}\n${rows.map(([k, v]) => `  ${k.padEnd(20)}  ${v}`).join('\n')}`);
}

test(`month view: the API's page of ${EVENTS} events arrives → rendered (the issue's budget)`, async () => {
  const en = await measureArrival('month', 'en');
  report(`<ngo-forum-calendar> month view, ${EVENTS} events arrive from the client, viewer zone Asia/Kolkata, en`, en);
  report(`<ngo-forum-calendar> month view, ${EVENTS} events arrive from the client, viewer zone Asia/Kolkata, fr`, await measureArrival('month', 'fr'));
  report(`<ngo-forum-calendar> month view, ${EVENTS} static events set (filtered in the browser), en`, await measureStatic('month', 'en'));
  expect(en.length).toBe(ROUNDS);
});

test(`agenda view: ${EVENTS} events arrive → rendered (the default view on narrow containers)`, async () => {
  report(`<ngo-forum-calendar> agenda view, ${EVENTS} events arrive from the client, viewer zone Asia/Kolkata, en`, await measureArrival('agenda', 'en'));
  report(`<ngo-forum-calendar> agenda view, ${EVENTS} static events set (filtered in the browser), en`, await measureStatic('agenda', 'en'));
  report(`<ngo-forum-calendar> agenda view, first render: ${EVENTS} static events into an empty agenda, en`, await measureStatic('agenda', 'en', { fromEmpty: true }));
});
