import { afterEach, describe, expect, inject, test } from 'vitest';
import { cleanup, mount, shadow } from '../../../test/dom.js';
import type { NgoForumCalendar } from './ngo-forum-calendar.element.js';
import './ngo-forum-calendar.js';

// Contract test: the widget against the reference server (started by test/global-setup.ts), no msw.
const apiBase = inject('apiBase');
const unavailable = inject('apiUnavailable');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(cleanup);

describe.skipIf(!apiBase)(`<ngo-forum-calendar> against the real API server${apiBase ? '' : ` (skipped: ${unavailable})`}`, () => {
  test('loads this month’s sample events over HTTP (CORS included) and offers the real feed', async () => {
    // The server generates the fictional events for its own current month; so does the widget.
    const el = mount<NgoForumCalendar>(`<ngo-forum-calendar api-base="${apiBase}" view="month" time-zone="Europe/Paris"></ngo-forum-calendar>`);
    await expect.poll(() => el.state, { timeout: 10_000 }).toBe('ready');
    await el.updateComplete;
    expect(el.loadedEvents.map((e) => e.id)).toContain('demo-saltmarsh-heritage-debate');
    const chip = shadow<HTMLElement>(el, '[data-id="demo-saltmarsh-heritage-debate"]')!;
    expect(chip.closest('td')!.dataset.date!.slice(8)).toBe('20');
    expect(text(chip.querySelector('.chip-time'))).toBe('2:00 PM');
    const feed = shadow<HTMLInputElement>(el, '[part="feed-url"]')!.value;
    const response = await fetch(feed);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('BEGIN:VCALENDAR\r\n');
  });

  test('filters past real events by kind on the server, dates never shifted', async () => {
    const el = mount<NgoForumCalendar>(`<ngo-forum-calendar api-base="${apiBase}" view="agenda" month="2018-09" kind="ngo-forum" time-zone="Asia/Kolkata" lang="fr"></ngo-forum-calendar>`);
    await expect.poll(() => el.state, { timeout: 10_000 }).toBe('ready');
    expect(el.loadedEvents.map((e) => e.id)).toEqual(['ngo-forum-9-tunis-2018']);
    await el.updateComplete;
    expect(text(shadow(el, '[part="event-when"]'))).toBe('26–27 septembre 2018 · Toute la journée');
  });
});
