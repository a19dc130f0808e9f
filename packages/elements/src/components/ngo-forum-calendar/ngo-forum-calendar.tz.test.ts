import { sampleEvents } from '@ngo-liaison/core/sample-data';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll } from '../../../test/dom.js';
import { CALENDAR_EVENTS, NOW, makeEvent } from '../../../test/forum-events.js';
import type { NgoForumCalendar } from './ngo-forum-calendar.element.js';
import './ngo-forum-calendar.js';

/*
 * Runs in browsers whose time zone and locale are emulated (Playwright context options, one
 * Vitest instance each: see vitest.config.ts) and in the default instance. Nothing here sets
 * `time-zone` unless it says so: the calendar must use the viewer's zone by itself.
 */

afterEach(cleanup);

const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const viewerLocale = navigator.language;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Days (in the viewer's zone) on which each of these zones shows the test events. */
const EXPECTED: Record<string, { debate: string; dakar: string[] }> = {
  'Asia/Kolkata': { debate: '2026-11-20', dakar: ['2026-11-24', '2026-11-25'] },
  'Asia/Calcutta': { debate: '2026-11-20', dakar: ['2026-11-24', '2026-11-25'] },
  'America/Los_Angeles': { debate: '2026-11-20', dakar: ['2026-11-24', '2026-11-25'] },
  'Pacific/Auckland': { debate: '2026-11-21', dakar: ['2026-11-24', '2026-11-25', '2026-11-26'] },
  'Europe/Paris': { debate: '2026-11-20', dakar: ['2026-11-24', '2026-11-25'] },
  UTC: { debate: '2026-11-20', dakar: ['2026-11-24', '2026-11-25'] },
  'Etc/UTC': { debate: '2026-11-20', dakar: ['2026-11-24', '2026-11-25'] },
};

async function calendar(attributes: string, events = CALENDAR_EVENTS, now = NOW): Promise<NgoForumCalendar> {
  const el = mount<NgoForumCalendar>(`<ngo-forum-calendar ${attributes}></ngo-forum-calendar>`);
  el.now = now;
  el.events = events;
  await el.updateComplete;
  return el;
}

const daysWith = (el: NgoForumCalendar, id: string) =>
  shadowAll<HTMLTableCellElement>(el, 'td[data-date]')
    .filter((td) => td.querySelector(`[data-id="${id}"]`))
    .map((td) => td.dataset.date);

/** The calendar date of an instant in the viewer's zone, straight from Intl (the oracle). */
const viewerDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

describe(`viewer in ${viewerZone} (${viewerLocale})`, () => {
  test('defaults to the viewer’s zone and says which it is', async () => {
    const el = await calendar('month="2026-11" view="month"');
    const named = new Intl.DateTimeFormat(el.lang || document.documentElement.lang || 'en', { timeZoneName: 'long', timeZone: viewerZone })
      .formatToParts(Date.now())
      .find((p) => p.type === 'timeZoneName')!.value;
    expect(text(shadow(el, '[part="time-zone"]'))).toContain(named);
  });

  test.skipIf(!EXPECTED[viewerZone])('places timed events on the viewer’s days; all-day events never move', async () => {
    const expected = EXPECTED[viewerZone]!;
    const el = await calendar('month="2026-11" view="month"');
    expect(daysWith(el, 'demo-paris-debate')).toEqual([expected.debate]);
    expect(daysWith(el, 'demo-dakar-forum')).toEqual(expected.dakar);
    expect(daysWith(el, 'demo-all-day')).toEqual(['2026-11-09', '2026-11-10']);
  });

  test('agrees with Intl on the day and time of every event across the DST changes of both hemispheres', async () => {
    // Events around the end of DST in Europe (25 Oct) and the United States (1 Nov), and its
    // start in New Zealand (27 Sep) and Chile (6 Sep). Nine hours apart in the grid (at most
    // three a day, so none hides behind "+N more"); hourly in the agenda.
    const windows = ['2026-09-04T00:00:00Z', '2026-09-25T00:00:00Z', '2026-10-23T12:00:00Z', '2026-10-30T12:00:00Z'];
    const locale = document.documentElement.lang || 'en';
    const series = (windowStart: string, step: number, count: number) =>
      Array.from({ length: count }, (_, i) => {
        const start = Date.parse(windowStart) + i * step + 15 * 60_000;
        return makeEvent(`demo-h${i}`, {
          when: { allDay: false, start: new Date(start).toISOString(), end: new Date(start + 30 * 60_000).toISOString(), timeZone: 'Europe/Paris' },
        });
      });
    const startOf = (event: ReturnType<typeof makeEvent>) => Date.parse((event.when as { start: string }).start);
    let checked = 0;
    for (const windowStart of windows) {
      const month = viewerDate(Date.parse(windowStart) + 2 * 86_400_000).slice(0, 7);
      const grid = await calendar(`month="${month}" view="month"`, series(windowStart, 9 * 3_600_000, 16));
      for (const event of grid.events!) {
        const day = viewerDate(startOf(event));
        if (!day.startsWith(month)) continue;
        // A half-hour event may straddle the viewer's midnight (23:45–00:15 in Kolkata): two days.
        const lastDay = viewerDate(startOf(event) + 30 * 60_000 - 1);
        const days = [...new Set([day, lastDay])];
        expect(daysWith(grid, event.id).filter((d) => d!.startsWith(month)), `${event.id} at ${new Date(startOf(event)).toISOString()}`).toEqual(
          days.filter((d) => d.startsWith(month)),
        );
        const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(startOf(event));
        expect(text(shadow(grid, `[data-id="${event.id}"] .chip-time`))).toBe(time);
        checked++;
      }
      const agenda = await calendar(`month="${month}" view="agenda"`, series(windowStart, 3_600_000, 72));
      for (const event of agenda.events!) {
        const day = viewerDate(startOf(event));
        if (!day.startsWith(month)) continue;
        const item = shadow(agenda, `[part="event"][data-id="${event.id}"]`)!;
        expect(item.closest('[part="agenda-day"]')!.querySelector('time')!.getAttribute('datetime'), event.id).toBe(day);
        checked++;
      }
      cleanup();
    }
    expect(checked).toBeGreaterThan(250);
  });

  test('an explicit time-zone wins over the viewer’s', async () => {
    const el = await calendar('month="2026-11" view="month" time-zone="Pacific/Kiritimati"');
    expect(daysWith(el, 'demo-paris-debate')).toEqual(['2026-11-21']);
    expect(daysWith(el, 'demo-all-day')).toEqual(['2026-11-09', '2026-11-10']);
  });

  test('an invalid time-zone falls back to the viewer’s', async () => {
    const el = await calendar('month="2026-11" view="month" time-zone="Mars/Olympus"');
    expect(daysWith(el, 'demo-paris-debate')).toEqual([viewerDate(Date.parse('2026-11-20T13:00:00Z'))]);
  });
});

describe.skipIf(!['Asia/Kolkata', 'Asia/Calcutta'].includes(viewerZone))('a French partner page seen from India (the issue’s acceptance case)', () => {
  test('lists upcoming forums in French, in Kolkata time with the Paris time beside it', async () => {
    document.documentElement.lang = 'fr';
    try {
      const now = new Date('2026-11-17T06:00:00Z');
      const el = await calendar('month="2026-12" view="agenda"', sampleEvents(now), now);
      await expect.poll(() => text(shadow(el, '[part="today"]'))).toBe('Aujourd’hui');
      expect(text(shadow(el, '[part="time-zone"]'))).toBe('Les heures sont indiquées en heure de l’Inde.');
      const debate = shadowAll(el, '[part="event"]').find((e) => text(e).includes('Débat thématique : sel, marées et patrimoine vivant'))!;
      expect(text(debate.querySelector('[part="event-when"] time'))).toMatch(/^18:30\s?–\s?20:30$/);
      expect(text(debate.querySelector('[part="event-local-time"]'))).toMatch(/^\(14:00\s?–\s?16:00 heure : France\)$/);
      expect(text(debate.querySelector('[part="event-kind"]'))).toBe('Débat thématique');
      await expectNoAxeViolations(el);
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
