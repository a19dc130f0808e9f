import { createHandlers } from '@ngo-liaison/client/msw';
import { createClient } from '@ngo-liaison/client';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll } from '../../../test/dom.js';
import { CALENDAR_EVENTS, NOW, manyEvents } from '../../../test/forum-events.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoForumCalendar } from './ngo-forum-calendar.element.js';
import './ngo-forum-calendar.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Records the query string of every GET /v1/events the calendar makes. */
function recordRequests(): string[] {
  const seen: string[] = [];
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/v1/events')) seen.push(url.search);
  });
  return seen;
}

async function calendar(attributes: string): Promise<NgoForumCalendar> {
  const el = mount<NgoForumCalendar>(`<ngo-forum-calendar api-base="${API}" month="2026-11" view="month" ${attributes}></ngo-forum-calendar>`);
  el.now = NOW;
  await expect.poll(() => el.state, { timeout: 5_000 }).toBe('ready');
  await el.updateComplete;
  return el;
}

describe('<ngo-forum-calendar> with api-base (msw)', () => {
  test('asks for the days on screen in the display zone, and shows what comes back', async () => {
    worker.use(...createHandlers({ baseUrl: API, events: CALENDAR_EVENTS }));
    const seen = recordRequests();
    const el = await calendar('time-zone="Asia/Kolkata" lang="en"');
    worker.events.removeAllListeners();
    expect(seen).toEqual(['?from=2026-11-01&to=2026-12-05&timeZone=Asia%2FKolkata&limit=100']);
    expect(shadow(el, '[data-id="demo-paris-debate"]')!.closest('td')!.dataset.date).toBe('2026-11-20');
    expect(el.loadedEvents.map((e) => e.id).sort()).toEqual(CALENDAR_EVENTS.map((e) => e.id).sort());
  });

  test('follows cursors: 500 events in five pages', async () => {
    worker.use(...createHandlers({ baseUrl: API, events: manyEvents(500) }));
    const seen = recordRequests();
    const el = await calendar('time-zone="Europe/Paris" lang="en"');
    worker.events.removeAllListeners();
    expect(seen).toHaveLength(5);
    expect(el.loadedEvents).toHaveLength(500);
  });

  test('filters by kind, sector and region through the API, and announces the result', async () => {
    worker.use(...createHandlers({ baseUrl: API, events: CALENDAR_EVENTS }));
    const el = await calendar('time-zone="UTC" lang="en"');
    const seen = recordRequests();
    const selects = shadowAll<HTMLSelectElement>(el, '[part="filter"] select');
    expect(selects.map((s) => s.labels?.[0]?.textContent?.trim())).toEqual(['Type', 'Sector', 'Region']);
    selects[0]!.value = 'thematic-debate';
    selects[0]!.dispatchEvent(new Event('change'));
    await expect.poll(() => el.loadedEvents.map((e) => e.id)).toEqual(['demo-paris-debate']);
    await expect.poll(() => text(shadow(el, '[part="status"]'))).toBe('November 2026: 1 event');
    selects[2]!.value = 'africa';
    selects[2]!.dispatchEvent(new Event('change'));
    await expect.poll(() => seen.length).toBe(2);
    worker.events.removeAllListeners();
    expect(seen).toEqual([
      '?from=2026-11-01&to=2026-12-05&timeZone=UTC&kind=thematic-debate&limit=100',
      '?from=2026-11-01&to=2026-12-05&timeZone=UTC&kind=thematic-debate&region=africa&limit=100',
    ]);
    await expect.poll(() => el.loadedEvents).toEqual([]);
  });

  test('kind, sector and region attributes set the initial filters', async () => {
    worker.use(...createHandlers({ baseUrl: API, events: CALENDAR_EVENTS }));
    const seen = recordRequests();
    const el = await calendar('time-zone="UTC" kind="ngo-forum" sector="ED" region="africa"');
    worker.events.removeAllListeners();
    expect(seen[0]).toBe('?from=2026-11-01&to=2026-12-05&timeZone=UTC&kind=ngo-forum&sector=ED&region=africa&limit=100');
    expect(el.loadedEvents.map((e) => e.id)).toEqual(['demo-dakar-forum']);
    expect(shadowAll<HTMLSelectElement>(el, 'select').map((s) => s.value)).toEqual(['ngo-forum', 'ED', 'africa']);
  });

  test('offers the feed of the current filters: webcal link, Google and the address to copy', async () => {
    worker.use(...createHandlers({ baseUrl: API, events: CALENDAR_EVENTS }));
    const el = await calendar('time-zone="UTC" lang="fr" kind="icngo"');
    const links = shadowAll<HTMLAnchorElement>(el, '[part~="subscribe-link"]');
    expect(links[0]!.getAttribute('href')).toBe('webcal://api.liaison.test/v1/events.ics?kind=icngo&lang=fr');
    expect(new URL(links[1]!.href).searchParams.get('cid')).toBe('webcal://api.liaison.test/v1/events.ics?kind=icngo&lang=fr');
    expect(shadow<HTMLInputElement>(el, '[part="feed-url"]')!.value).toBe('https://api.liaison.test/v1/events.ics?kind=icngo&lang=fr');
    expect(text(shadow(el, '[part="subscribe"] summary'))).toBe('S’abonner à ce calendrier');
    // The feed it points at is a calendar.
    const feed = await fetch(shadow<HTMLInputElement>(el, '[part="feed-url"]')!.value);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  test('shows an error with Retry, and recovers', async () => {
    let fail = true;
    worker.use(
      http.get(`${API}/events`, () => (fail ? HttpResponse.json({ title: 'Boom', status: 500, type: 'urn:x' }, { status: 500, headers: { 'content-type': 'application/problem+json' } }) : undefined)),
      ...createHandlers({ baseUrl: API, events: CALENDAR_EVENTS }),
    );
    const el = mount<NgoForumCalendar>(`<ngo-forum-calendar api-base="${API}" month="2026-11" view="month" time-zone="UTC"></ngo-forum-calendar>`);
    el.client = createClient({ baseUrl: API, retries: 0 });
    await expect.poll(() => el.state, { timeout: 5_000 }).toBe('error');
    await el.updateComplete;
    expect(el.matches(':state(error)')).toBe(true);
    expect(text(shadow(el, '[part="error"]'))).toContain('The calendar could not be loaded.');
    await expectNoAxeViolations(el);
    fail = false;
    shadow<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await expect.poll(() => el.state).toBe('ready');
    expect(el.loadedEvents).toHaveLength(CALENDAR_EVENTS.length);
  });

  test('the detail dialog links the server’s .ics download', async () => {
    worker.use(...createHandlers({ baseUrl: API, events: CALENDAR_EVENTS }));
    const el = await calendar('time-zone="UTC" lang="en"');
    shadow<HTMLElement>(el, '[data-id="demo-paris-debate"]')!.click();
    await el.updateComplete;
    const detail = shadow(el, 'ngo-event-detail') as HTMLElement & { updateComplete: Promise<boolean> };
    await detail.updateComplete;
    const ics = detail.shadowRoot!.querySelector<HTMLAnchorElement>('[part="ics"]')!;
    expect(ics.href).toBe('https://api.liaison.test/v1/events/demo-paris-debate.ics?lang=en');
    const body = await (await fetch(ics.href)).text();
    expect(body).toContain('UID:demo-paris-debate@ngo-liaison\r\n');
  });

  test('removed while loading, it aborts; put back, it loads again', async () => {
    worker.use(...createHandlers({ baseUrl: API, events: CALENDAR_EVENTS, delay: 300 }));
    const seen = recordRequests();
    const el = mount<NgoForumCalendar>(`<ngo-forum-calendar api-base="${API}" month="2026-11" view="month" time-zone="UTC"></ngo-forum-calendar>`);
    el.now = NOW;
    await expect.poll(() => seen.length).toBe(1);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await expect.poll(() => el.state, { timeout: 5_000 }).toBe('ready');
    worker.events.removeAllListeners();
    expect(seen).toHaveLength(2);
    expect(el.loadedEvents).toHaveLength(CALENDAR_EVENTS.length);
  });
});

