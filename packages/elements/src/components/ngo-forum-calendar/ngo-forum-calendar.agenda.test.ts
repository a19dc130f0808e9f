import { agendaDays, type ForumEvent } from '@ngo-liaison/core';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll } from '../../../test/dom.js';
import { NOW, manyEvents } from '../../../test/forum-events.js';
import type { NgoEventSelectEvent } from '../../events/ngo-event-select.js';
import type { NgoForumCalendar } from './ngo-forum-calendar.element.js';
import './ngo-forum-calendar.js';

/*
 * A long agenda (the default view on narrow containers): days below the fold are skipped by
 * `content-visibility: auto` and rows are reused between months, so check that every event
 * is still there, in order, under the right day, reachable, and up to date after new data.
 */

afterEach(cleanup);

const ZONE = 'Asia/Kolkata';
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function agenda(events: ForumEvent[], lang = 'en'): Promise<NgoForumCalendar> {
  const el = mount<NgoForumCalendar>(`<ngo-forum-calendar month="2026-11" view="agenda" time-zone="${ZONE}" lang="${lang}"></ngo-forum-calendar>`);
  el.now = NOW;
  el.events = events;
  await el.updateComplete;
  return el;
}

/** What the agenda shows: each day's date, heading text and level, and its events' ids. */
function listed(el: NgoForumCalendar) {
  return shadowAll(el, '[part="agenda-day"]').map((day) => {
    const heading = day.querySelector('[part="agenda-date"]')!;
    return {
      date: heading.querySelector('time')!.getAttribute('datetime'),
      heading: text(heading),
      level: heading.getAttribute('aria-level'),
      ids: [...day.querySelectorAll<HTMLElement>('[part="agenda-item"] [part="event"]')].map((e) => e.dataset.id),
    };
  });
}

/** The same, from core: every event once, under its first day, in start order. */
function expected(events: ForumEvent[], lang = 'en') {
  const fullDate = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return agendaDays(events, { first: '2026-11-01', last: '2026-11-30' }, ZONE).map((day) => ({
    date: day.date,
    heading: fullDate.format(Date.parse(`${day.date}T00:00:00Z`)),
    level: '3',
    ids: day.entries.map((entry) => entry.event.id),
  }));
}

describe('<ngo-forum-calendar> agenda of 500 events', () => {
  test('lists every event once, in order, under its day heading, with days below the fold skipped', async () => {
    const events = manyEvents(500);
    const el = await agenda(events);
    const shown = listed(el);
    expect(shown).toEqual(expected(events));
    expect(shown.flatMap((day) => day.ids)).toHaveLength(500);
    const days = shadowAll(el, '[part="agenda-day"]');
    expect(getComputedStyle(days[0]!).contentVisibility).toBe('auto');
    // Event titles are headings one level below the day's, each a button in the tab order.
    const titles = shadowAll<HTMLButtonElement>(el, '[part="agenda-item"] [part="event-title"]');
    expect(titles).toHaveLength(500);
    expect(new Set(titles.map((b) => b.parentElement!.getAttribute('aria-level')))).toEqual(new Set(['4']));
    // A skipped day is still reachable: its last event takes focus and is then rendered.
    const last = titles.at(-1)!;
    expect(last.checkVisibility({ contentVisibilityAuto: true })).toBe(false);
    last.focus();
    expect(el.shadowRoot!.activeElement).toBe(last);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(last.checkVisibility({ contentVisibilityAuto: true })).toBe(true);
    // Words stay apart where they are separate labels (kind, status, "fictional").
    const cancelled = shadow(el, '[part="event"][data-status="cancelled"]')!;
    expect(text(cancelled.querySelector('[part="event-meta"]'))).toBe('International NGO Forum Cancelled Fictional event (demo data)');
  });

  test('new data reuses the rows but shows, and selects, the new events', async () => {
    const a = manyEvents(500);
    // Different ids, titles and statuses, and fewer days (the 1st–14th only).
    const b = manyEvents(200).map((event, i) => ({
      ...event,
      id: `${event.id}-b`,
      status: i % 2 ? ('cancelled' as const) : ('confirmed' as const),
      title: { en: `Other event ${i}`, fr: `Autre ${i}` },
      when: { ...event.when, ...(event.when.allDay ? {} : { timeZone: 'Asia/Kolkata' }) },
    })) as ForumEvent[];
    const el = await agenda(a);
    el.events = b;
    await el.updateComplete;
    expect(listed(el)).toEqual(expected(b));
    const rows = shadowAll(el, '[part="agenda-item"] [part="event"]');
    for (const row of rows) {
      const event = b.find((e) => e.id === row.dataset.id)!;
      expect(text(row.querySelector('[part="event-title"]'))).toBe(event.title.en);
      expect(row.dataset.status).toBe(event.status);
      expect(row.querySelector('[part="event-status"]') !== null).toBe(event.status === 'cancelled');
      // Times in the viewer's zone equal the event's own: no "local time" left over from before.
      expect(row.querySelector('[part="event-local-time"]')).toBeNull();
    }
    const chosen: string[] = [];
    el.addEventListener('ngo-event-select', (e) => {
      chosen.push((e as NgoEventSelectEvent).forumEvent.id);
      e.preventDefault();
    });
    const second = rows[1]!;
    second.querySelector<HTMLButtonElement>('[part="event-title"]')!.click();
    expect(chosen).toEqual([second.dataset.id]);
    // And back: the first data again, in full.
    el.events = a;
    await el.updateComplete;
    expect(listed(el)).toEqual(expected(a));
  });

  // axe lays out every day and measures every title's target (WCAG 2.5.8): 9 s on a loaded
  // 2-core machine, beyond the default 15 s under heavier load.
  test('is axe clean right to left, in Arabic, with a busy month', { timeout: 40_000 }, async () => {
    const el = await agenda(manyEvents(120), 'ar');
    expect(shadow(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(listed(el)).toEqual(expected(manyEvents(120), 'ar'));
    await expectNoAxeViolations(el);
  });
});
