import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, expectPartsInsideHost, mount, mountInWidth, shadow, shadowAll } from '../../../test/dom.js';
import { CALENDAR_EVENTS, HOSTILE_TITLE, NOW, manyEvents } from '../../../test/forum-events.js';
import type { NgoForumCalendar } from './ngo-forum-calendar.element.js';
import './ngo-forum-calendar.js';

afterEach(cleanup);

async function calendar(attributes = '', events = CALENDAR_EVENTS): Promise<NgoForumCalendar> {
  const view = attributes.includes('view=') ? '' : 'view="month"';
  const el = mount<NgoForumCalendar>(`<ngo-forum-calendar month="2026-11" ${view} ${attributes}></ngo-forum-calendar>`);
  el.now = NOW;
  el.events = events;
  await el.updateComplete;
  return el;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cell = (el: NgoForumCalendar, date: string) => shadow<HTMLTableCellElement>(el, `td[data-date="${date}"]`);
/** The text of the element a day cell's aria-describedby points to. */
const description = (el: NgoForumCalendar, date: string) => text(el.shadowRoot!.getElementById(cell(el, date)!.getAttribute('aria-describedby')!));
const chipIds = (el: NgoForumCalendar, date: string) =>
  [...(cell(el, date)?.querySelectorAll<HTMLElement>('[part~="chip"]') ?? [])].map((c) => c.dataset.id);
const daysWith = (el: NgoForumCalendar, id: string) =>
  shadowAll<HTMLTableCellElement>(el, 'td[data-date]')
    .filter((td) => td.querySelector(`[data-id="${id}"]`))
    .map((td) => td.dataset.date);

describe('<ngo-forum-calendar> month grid', () => {
  test('is an ARIA grid with localized weekday headers, today marked, events on their days', async () => {
    const el = await calendar('time-zone="Europe/Paris" lang="en"');
    const grid = shadow(el, 'table[role="grid"]')!;
    expect(grid.getAttribute('aria-labelledby')).toBe(shadow(el, '[part="title"]')!.id);
    expect(text(shadow(el, '[part="title"]'))).toBe('November 2026');
    // English (US data in CLDR): weeks start on Sunday; 1 November 2026 is a Sunday.
    expect(shadowAll(el, 'th').map((th) => th.getAttribute('abbr'))).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    expect(shadowAll<HTMLTableCellElement>(el, 'td')[0]!.dataset.date).toBe('2026-11-01');
    expect(shadowAll(el, 'tbody tr')).toHaveLength(5);
    expect(cell(el, '2026-11-17')!.getAttribute('aria-current')).toBe('date');
    expect(shadowAll(el, '[aria-current]')).toHaveLength(1);
    // Roving tabindex: one cell in the tab order, today's.
    expect(shadowAll(el, 'td[tabindex="0"]').map((td) => td.dataset.date)).toEqual(['2026-11-17']);
    expect(chipIds(el, '2026-11-20')).toEqual(['demo-paris-debate']);
    expect(text(cell(el, '2026-11-20')!.querySelector('.chip-time'))).toBe('2:00 PM');
    // Each day is described by its date and event count; its events are listed with Enter.
    expect(description(el, '2026-11-20')).toBe('Friday, November 20, 2026, 1 event');
    expect(description(el, '2026-11-21')).toBe('Saturday, November 21, 2026');
    expect(el.state).toBe('ready');
    expect(el.matches(':state(ready)')).toBe(true);
    await expectNoAxeViolations(el);
  });

  test('takes the first day of the week from the locale (fr: Monday, ar: Saturday) or week-start', async () => {
    const fr = await calendar('time-zone="UTC" lang="fr"');
    expect(shadowAll<HTMLTableCellElement>(fr, 'td')[0]!.dataset.date).toBe('2026-10-26');
    expect(text(shadow(fr, '[part="title"]'))).toBe('novembre 2026');
    expect(shadowAll(fr, 'th')[0]!.getAttribute('abbr')).toBe('lundi');
    const ar = await calendar('time-zone="UTC" lang="ar"');
    expect(shadowAll<HTMLTableCellElement>(ar, 'td')[0]!.dataset.date).toBe('2026-10-31');
    const gb = await calendar('time-zone="UTC" lang="en-GB"');
    expect(shadowAll<HTMLTableCellElement>(gb, 'td')[0]!.dataset.date).toBe('2026-10-26');
    const forced = await calendar('time-zone="UTC" lang="en" week-start="3"');
    expect(shadowAll<HTMLTableCellElement>(forced, 'td')[0]!.dataset.date).toBe('2026-10-28');
  });

  test.each([
    ['Europe/Paris', ['2026-11-20'], ['2026-11-24', '2026-11-25']],
    ['America/Los_Angeles', ['2026-11-20'], ['2026-11-24', '2026-11-25']],
    ['Asia/Kolkata', ['2026-11-20'], ['2026-11-24', '2026-11-25']],
    ['Pacific/Auckland', ['2026-11-21'], ['2026-11-24', '2026-11-25', '2026-11-26']],
    ['Pacific/Kiritimati', ['2026-11-21'], ['2026-11-24', '2026-11-25', '2026-11-26']],
    ['Pacific/Pago_Pago', ['2026-11-20'], ['2026-11-23', '2026-11-24', '2026-11-25']],
    ['UTC', ['2026-11-20'], ['2026-11-24', '2026-11-25']],
  ])('time-zone="%s" moves timed events to their local days; all-day events never move', async (zone, debateDays, dakarDays) => {
    const el = await calendar(`time-zone="${zone}" lang="en"`);
    expect(daysWith(el, 'demo-paris-debate')).toEqual(debateDays);
    expect(daysWith(el, 'demo-dakar-forum')).toEqual(dakarDays);
    expect(daysWith(el, 'demo-all-day')).toEqual(['2026-11-09', '2026-11-10']);
  });

  test('draws multi-day events as one bar: text on the first day, an empty bar after', async () => {
    const el = await calendar('time-zone="Europe/Paris" lang="en"');
    const first = cell(el, '2026-11-24')!.querySelector<HTMLElement>('[data-id="demo-dakar-forum"]')!;
    const second = cell(el, '2026-11-25')!.querySelector<HTMLElement>('[data-id="demo-dakar-forum"]')!;
    expect(first.hasAttribute('data-starts')).toBe(true);
    expect(first.hasAttribute('data-ends')).toBe(false);
    expect(second.hasAttribute('data-ends')).toBe(true);
    expect(text(first)).toContain('Forum on coastal literacy');
    expect(text(second)).toBe('');
    expect(second.title).toBe('Forum on coastal literacy');
  });

  test('shows cancelled and postponed events as such, in words as well as styles', async () => {
    const el = await calendar('time-zone="UTC" lang="fr"');
    const cancelled = cell(el, '2026-11-12')!.querySelector<HTMLElement>('[data-id="demo-cancelled"]')!;
    expect(cancelled.dataset.status).toBe('cancelled');
    expect(getComputedStyle(cancelled).textDecorationLine).toBe('line-through');
    expect(getComputedStyle(cancelled, '::before').content).toBe('"Annulé · "');
    expect(description(el, '2026-11-12')).toBe('jeudi 12 novembre 2026, 1 événement, Annulé');
    expect(cancelled.title).toBe('Annulé: Réunion annulée');
    const postponed = cell(el, '2026-11-05')!.querySelector<HTMLElement>('[data-id="demo-postponed"]')!;
    expect(postponed.dataset.status).toBe('postponed');
    expect(postponed.dataset.statusLabel).toBe('Reporté');
  });

  test('limits a crowded day to three lanes and "+N more", which opens the day list', async () => {
    const events = manyEvents(500);
    const el = await calendar('time-zone="Europe/Paris" lang="en"', events);
    expect(el.loadedEvents.length).toBe(500);
    const day = cell(el, '2026-11-10')!;
    expect(day.querySelectorAll('[part~="chip"]').length).toBeLessThanOrEqual(3);
    const more = day.querySelector<HTMLElement>('[part="more"]')!;
    expect(text(more)).toMatch(/^\+\d+ more$/);
    // "+N more" is whole inside the day's box, in the narrow layout and in the wide one.
    const inside = () => {
      const box = day.querySelector('.day-inner')!.getBoundingClientRect();
      const line = more.getBoundingClientRect();
      return line.height > 0 && line.bottom <= box.bottom + 0.5 && line.top >= box.top;
    };
    expect(inside()).toBe(true);
    el.style.inlineSize = '1100px';
    await el.updateComplete;
    expect(inside()).toBe(true);
    el.style.inlineSize = '';
    more.click();
    await el.updateComplete;
    const panel = shadow(el, '[part="day-panel"]')!;
    const expected = events.filter((e) => {
      const w = e.when;
      return w.allDay ? w.startDate <= '2026-11-10' && w.endDate >= '2026-11-10' : w.start < '2026-11-10T23:00:00Z' && w.end > '2026-11-09T23:00:00Z';
    }).length;
    expect(panel.querySelectorAll('[part="agenda-item"]').length).toBe(expected);
  });

  test('filters static events by kind and by region (countries looked up in the reference data)', async () => {
    const byKind = await calendar('time-zone="UTC" lang="en" kind="collective-consultation"');
    expect(byKind.loadedEvents.map((e) => e.id)).toEqual(['demo-all-day']);
    const byRegion = await calendar('time-zone="UTC" lang="en" region="africa"');
    await expect.poll(() => byRegion.loadedEvents.map((e) => e.id)).toEqual(['demo-dakar-forum']);
  });

  test('shows hostile text as text', async () => {
    const el = await calendar('time-zone="UTC" lang="en"');
    const chip = cell(el, '2026-11-27')!.querySelector('[data-id="demo-hostile"]')!;
    expect(chip.textContent).toContain(HOSTILE_TITLE);
    expect(shadowAll(el, 'img')).toHaveLength(0);
    expect(shadowAll(el, 'script')).toHaveLength(0);
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();
  });
});

describe('<ngo-forum-calendar> agenda', () => {
  test('lists the month’s events by day with viewer times and the event’s local time beside them', async () => {
    const el = await calendar('time-zone="Asia/Kolkata" lang="fr" view="agenda"');
    expect(shadow(el, 'table')).toBeNull();
    const days = shadowAll(el, '[part="agenda-day"]');
    expect(days.map((d) => text(d.querySelector('[part="agenda-date"]')))).toContain('vendredi 20 novembre 2026');
    const debate = shadowAll(el, '[part="event"]').find((e) => text(e).includes('Débat sur le patrimoine vivant'))!;
    const when = text(debate.querySelector('[part="event-when"]'));
    expect(when).toMatch(/18:30\s?–\s?20:30/);
    expect(text(debate.querySelector('[part="event-local-time"]'))).toMatch(/^\(14:00\s?–\s?16:00 heure : France\)$/);
    // The all-day event has no local time and says "all day".
    const allDay = shadowAll(el, '[part="event"]').find((e) => text(e).includes('Journées de consultation'))!;
    expect(text(allDay.querySelector('[part="event-when"]'))).toBe('9–10 novembre 2026 · Toute la journée');
    expect(allDay.querySelector('[part="event-local-time"]')).toBeNull();
    // Status badge in words.
    const cancelled = shadowAll(el, '[part="event"]').find((e) => text(e).includes('Réunion annulée'))!;
    expect(text(cancelled.querySelector('[part="event-status"]'))).toBe('Annulé');
    await expectNoAxeViolations(el);
  });

  test.each(['fr', 'ar', 'ru'])('fits a 320 px container without sideways scrolling (WCAG 1.4.10), lang=%s', async (lang) => {
    const el = mountInWidth<NgoForumCalendar>(320, `<ngo-forum-calendar month="2026-11" time-zone="UTC" lang="${lang}"></ngo-forum-calendar>`);
    el.now = NOW;
    el.events = CALENDAR_EVENTS;
    await el.updateComplete;
    await expect.poll(() => shadow(el, '[part="base"]')?.getAttribute('data-view')).toBe('agenda');
    const base = shadow(el, '[part="base"]')!;
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    expectPartsInsideHost(el, '[part="filter"], [part="header"], [part="event"]');
  });

  test('styles event titles as summaries, not like the month’s title', async () => {
    const el = await calendar('time-zone="UTC" view="agenda"');
    const eventTitle = getComputedStyle(shadowAll(el, '[part="event-title"]')[0]!);
    const monthTitle = getComputedStyle(shadow(el, '[part="title"]')!);
    expect(eventTitle.textAlign).toBe('start');
    expect(parseFloat(eventTitle.fontSize)).toBeLessThan(parseFloat(monthTitle.fontSize));
  });

  test('is the default view of a narrow container (container query), the grid of a wide one', async () => {
    const el = mountInWidth<NgoForumCalendar>(360, '<ngo-forum-calendar month="2026-11" time-zone="UTC"></ngo-forum-calendar>');
    // From the first render on: a phone is never drawn a month grid for a frame first.
    let gridDrawn = false;
    new MutationObserver((records) => {
      gridDrawn ||= records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && (n.matches('[part="grid"]') || !!n.querySelector('[part="grid"]'))));
    }).observe(el.shadowRoot!, { childList: true, subtree: true });
    el.now = NOW;
    el.events = CALENDAR_EVENTS;
    await expect.poll(() => shadow(el, '[part="base"]')?.getAttribute('data-view')).toBe('agenda');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(gridDrawn).toBe(false);
    const el2 = mountInWidth<NgoForumCalendar>(900, '<ngo-forum-calendar month="2026-11" time-zone="UTC"></ngo-forum-calendar>');
    el2.events = CALENDAR_EVENTS;
    await expect.poll(() => shadow(el2, '[part="base"]')?.getAttribute('data-view')).toBe('month');
    // The switch overrides the automatic choice.
    const listButton = shadowAll<HTMLButtonElement>(el2, '[part="view-button"]')[1]!;
    listButton.click();
    await el2.updateComplete;
    expect(el2.view).toBe('agenda');
    expect(listButton.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('<ngo-forum-calendar> JSON-LD', () => {
  test('emits schema.org events into the light DOM when asked, with "<" escaped', async () => {
    const el = await calendar('time-zone="UTC" lang="en" jsonld');
    const script = el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]')!;
    expect(script).not.toBeNull();
    expect(script.textContent).not.toContain('<');
    const data = JSON.parse(script.textContent!) as { name: string; eventStatus: string; startDate: string }[];
    expect(data).toHaveLength(CALENDAR_EVENTS.length);
    expect(data.find((d) => d.name === HOSTILE_TITLE)).toBeDefined();
    expect(data.find((d) => d.name === 'Cancelled meeting')?.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(data.find((d) => d.name === 'Debate on living heritage')?.startDate).toBe('2026-11-20T14:00:00+01:00');
    // Organiser roles are detail words, not bundled with the calendar's English: the JSON-LD chunk brings them.
    const organizers = (data as unknown as { organizer?: { name: string }[] }[]).flatMap((d) => d.organizer ?? []).map((o) => o.name);
    expect(organizers).toContain('NGO–UNESCO Liaison Committee');
    expect(organizers.some((name) => name.startsWith('organizerRole.'))).toBe(false);
    el.jsonld = false;
    await el.updateComplete;
    expect(el.querySelector('script')).toBeNull();
  });

  test('emits nothing by default', async () => {
    const el = await calendar('time-zone="UTC"');
    expect(el.querySelector('script')).toBeNull();
  });
});

describe('<ngo-forum-calendar> languages and directions', () => {
  test.each([
    ['ar', 'rtl', 'نوفمبر', 'اليوم'],
    ['en', 'ltr', 'November', 'Today'],
    ['es', 'ltr', 'noviembre', 'Hoy'],
    ['fr', 'ltr', 'novembre', 'Aujourd’hui'],
    ['ru', 'ltr', 'ноябрь', 'Сегодня'],
    ['zh', 'ltr', '11月', '今天'],
  ])('lang="%s": %s, month name and UI text in the language, axe clean', async (lang, dir, month, today) => {
    const el = await calendar(`time-zone="UTC" lang="${lang}"`);
    await expect.poll(() => text(shadow(el, '[part="today"]'))).toBe(today);
    const base = shadow(el, '[part="base"]')!;
    expect(base.getAttribute('dir')).toBe(dir);
    expect(text(shadow(el, '[part="title"]'))).toContain(month);
    await expectNoAxeViolations(el);
  });

  test('RTL: previous points right; the grid mirrors (first column on the right)', async () => {
    const el = await calendar('time-zone="UTC" lang="ar"');
    expect(text(shadow(el, '[part~="previous"]'))).toBe('›');
    const cells = shadowAll(el, 'tbody tr:first-child td');
    expect(cells[0]!.getBoundingClientRect().left).toBeGreaterThan(cells[1]!.getBoundingClientRect().left);
  });
});

describe('<ngo-forum-calendar> accessibility in every state', () => {
  // Wide enough for the chips to show their text (narrow calendars shrink them to bars):
  // a day's name used to be its date alone, leaving out the events written in it.
  test.each([
    ['en', '20 2:00 PM Debate on living heritage', 'Friday, November 20, 2026, 1 event'],
    ['fr', '12 Annulé · 9:00 Réunion annulée', 'jeudi 12 novembre 2026, 1 événement, Annulé'],
  ])('a day is named by the text it shows, its date is its description (WCAG 2.5.3), lang=%s', async (lang, name, dayDescription) => {
    const el = mountInWidth<NgoForumCalendar>(1000, `<ngo-forum-calendar month="2026-11" view="month" time-zone="Europe/Paris" lang="${lang}"></ngo-forum-calendar>`);
    el.now = NOW;
    el.events = CALENDAR_EVENTS;
    await el.updateComplete;
    const day = page.getByRole('gridcell', { name, exact: true });
    await expect.element(day).toBeVisible();
    await expect.element(day).toHaveAccessibleDescription(dayDescription);
    await expectNoAxeViolations(el);
  });

  test.each(['en', 'ar'])('axe clean (lang=%s): month, day panel, dialog, agenda, empty, no source', async (lang) => {
    const el = await calendar(`time-zone="Asia/Kolkata" lang="${lang}"`);
    await expectNoAxeViolations(el);
    cell(el, '2026-11-20')!.click();
    await el.updateComplete;
    expect(shadow(el, '[part="day-panel"]')).not.toBeNull();
    await expectNoAxeViolations(el);
    shadow<HTMLButtonElement>(el, '[part="day-panel"] [part="event-title"]')!.click();
    await el.updateComplete;
    const dialog = shadow<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).toBe(true);
    const detail = dialog.querySelector('ngo-event-detail')!;
    await (detail as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    await expectNoAxeViolations(el);
    dialog.close();
    await el.updateComplete;
    el.view = 'agenda';
    await el.updateComplete;
    await expectNoAxeViolations(el);
    el.events = [];
    await el.updateComplete;
    expect(text(shadow(el, '[part="empty"]'))).not.toBe('');
    await expectNoAxeViolations(el);
  });
});
