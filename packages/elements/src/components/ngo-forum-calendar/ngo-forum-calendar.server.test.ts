import { afterEach, describe, expect, inject, test } from 'vitest';
import { cleanup, mount, shadow } from '../../../test/dom.js';
import type { NgoForumCalendar } from './ngo-forum-calendar.element.js';
import './ngo-forum-calendar.js';

// Contract test: the widget against the reference server (started by test/global-setup.ts), no msw.
const apiBase = inject('apiBase');
const unavailable = inject('apiUnavailable');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** `YYYY-MM` of the month after the current one (UTC), where the server puts the NGP demo session. */
const nextMonth = () => {
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 7);
};

afterEach(cleanup);

describe.skipIf(!apiBase)(`<ngo-forum-calendar> against the real API server${apiBase ? '' : ` (skipped: ${unavailable})`}`, () => {
  test('loads next month’s sample events over HTTP (CORS included) and offers the real feed', async () => {
    // The server generates the fictional events around its own current month; the debate is on the 6th of the next.
    const el = mount<NgoForumCalendar>(`<ngo-forum-calendar api-base="${apiBase}" view="month" month="${nextMonth()}" time-zone="Europe/Paris"></ngo-forum-calendar>`);
    await expect.poll(() => el.state, { timeout: 10_000 }).toBe('ready');
    await el.updateComplete;
    expect(el.loadedEvents.map((e) => e.id)).toContain('demo-saltmarsh-heritage-debate');
    const chip = shadow<HTMLElement>(el, '[data-id="demo-saltmarsh-heritage-debate"]')!;
    expect(chip.closest('td')!.dataset.date!.slice(8)).toBe('06');
    expect(text(chip.querySelector('.chip-time'))).toBe('2:00 PM');
    const feed = shadow<HTMLInputElement>(el, '[part="feed-url"]')!.value;
    const response = await fetch(feed);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('BEGIN:VCALENDAR\r\n');
  });

  test('opens a hearing and names the NGP session and agenda item it is held on, loaded from the server', async () => {
    const el = mount<NgoForumCalendar>(`<ngo-forum-calendar api-base="${apiBase}" view="agenda" month="${nextMonth()}" kind="ngo-hearing" lang="fr" time-zone="Europe/Paris"></ngo-forum-calendar>`);
    await expect.poll(() => el.state, { timeout: 10_000 }).toBe('ready');
    await el.updateComplete;
    expect(el.loadedEvents.map((e) => e.id)).toEqual(['demo-quiet-orbit-hearing']);
    shadow<HTMLButtonElement>(el, '[part~="event-title"]')!.click();
    await el.updateComplete;
    const detail = shadow(el, 'dialog[open] ngo-event-detail')!;
    await expect.poll(() => text(detail.shadowRoot?.querySelector('[part="session-name"]')), { timeout: 10_000 }).toBe(
      'Comité sur les partenaires non gouvernementaux, prochaine session (démo)',
    );
    expect(text(detail.shadowRoot!.querySelector('[part="session-item"]'))).toBe('Point 1 — Un ciel ouvert à la science (démo)');
  });

  test('filters past real events by kind on the server, dates never shifted', async () => {
    const el = mount<NgoForumCalendar>(`<ngo-forum-calendar api-base="${apiBase}" view="agenda" month="2018-09" kind="ngo-forum" time-zone="Asia/Kolkata" lang="fr"></ngo-forum-calendar>`);
    await expect.poll(() => el.state, { timeout: 10_000 }).toBe('ready');
    expect(el.loadedEvents.map((e) => e.id)).toEqual(['ngo-forum-9-tunis-2018']);
    await el.updateComplete;
    expect(text(shadow(el, '[part="event-when"]'))).toBe('26–27 septembre 2018 · Toute la journée');
  });
});
